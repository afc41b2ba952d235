import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { liveAstraEnv, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../helpers/redis';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { freePort } from '../helpers/ports';

/**
 * Two Paygraph instances on one Redis (same key prefix), live mode against one Astra simulator:
 * the simulator delivers webhooks to A; subscribers are on B. What B's graphql-ws clients see
 * has gone through A's ingress, the shared inbox, a confirmation and the shared event log.
 */
const EVENTS = `subscription($after: String) {
  paymentEvents(after: $after) { id cursor type provider subject { id ... on PixCharge { txid status } } }
}`;
let sim: AstraSimulator;
let a: TestPaygraph;
let b: TestPaygraph;
let subs: TestSubscription[] = [];
const redis = testRedisClient();
const prefix = uniquePrefix('across');

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0, webhookRetryDelaysMs: [20, 20] });
  const [portA, portB] = [await freePort(), await freePort()];
  const env = (port: number) => ({
    ...liveAstraEnv(sim),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${portA}`, // deliveries go to A
    ...sharedRedisEnv(prefix),
  });
  [a, b] = await Promise.all([startTestPaygraph(env(portA)), startTestPaygraph(env(portB))]);
  const registered = await a.gql('mutation { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { userErrors { code } } }');
  expect(registered.data.registerWebhook.userErrors).toEqual([]);
});
afterEach(async () => {
  await Promise.all(subs.map((s) => s.close()));
  subs = [];
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await sim.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

function open(app: TestPaygraph, variables?: Record<string, unknown>): TestSubscription {
  const sub = subscribe(app.wsUrl, EVENTS, variables);
  subs.push(sub);
  return sub;
}

async function paidCharge(amount: string): Promise<string> {
  const created = await a.gql(`mutation { createPixCharge(input: { amount: "${amount}" }) { pixCharge { txid } } }`);
  const txid: string = created.data.createPixCharge.pixCharge.txid;
  expect(await sim.payCharge(txid)).toBe(true);
  return txid;
}

test('a webhook delivered to A reaches a graphql-ws subscriber on B exactly once; after: on A replays it', async () => {
  const onB = open(b);
  await untilSubscribers(() => b.services.bus.subscriberCount, 1);
  const first = await paidCharge('4.10');
  const event = (await onB.waitFor(1, 10_000)).paymentEvents;
  expect(event).toMatchObject({ type: 'PIX_CHARGE_PAID', provider: 'ASTRA', subject: { txid: first, status: 'PAID' } });
  expect(a.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'accepted' })).toBeGreaterThanOrEqual(1);
  expect(b.services.metrics.get('paygraph_webhook_deliveries_total', { provider: 'ASTRA', outcome: 'accepted' })).toBe(0);
  // Sentinel: the next event B sees is the second charge's, so the first was not repeated.
  const second = await paidCharge('4.20');
  expect((await onB.waitFor(2, 10_000)).paymentEvents.subject.txid).toBe(second);
  expect(onB.received.map((data) => data.paymentEvents.subject.txid)).toEqual([first, second]);
  // A cursor B received resumes on A (the log is shared).
  const replay = open(a, { after: event.cursor });
  expect((await replay.waitFor(1, 10_000)).paymentEvents.subject.txid).toBe(second);
});

test('a subscriber on B that reconnects with after: gets what was published while it was away', async () => {
  const onB = open(b);
  await untilSubscribers(() => b.services.bus.subscriberCount, 1);
  const before = await paidCharge('4.30');
  const cursor = (await onB.waitFor(1, 10_000)).paymentEvents.cursor;
  await onB.close();
  const missed = await paidCharge('4.40');
  const resumed = open(b, { after: cursor });
  expect((await resumed.waitFor(1, 10_000)).paymentEvents.subject.txid).toBe(missed);
  expect(before).not.toBe(missed);
});

test('a cursor the Redis log cannot resume from is a BAD_USER_INPUT error on the subscription, as in memory mode', async () => {
  const future = open(b, { after: Buffer.from('rs1:99999999999999-0:1').toString('base64url') });
  await future.completed;
  expect(JSON.stringify(future.errors)).toMatch(/unknown cursor/);
  expect(JSON.stringify(future.errors)).toMatch(/BAD_USER_INPUT/);
  const garbage = open(b, { after: 'garbage' });
  await garbage.completed;
  expect(JSON.stringify(garbage.errors)).toMatch(/not an event cursor/);
  expect(b.services.bus.subscriberCount).toBe(0);
});
