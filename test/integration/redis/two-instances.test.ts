import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { eventually, liveAstraEnv, startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { freePort } from '../../helpers/ports';

/**
 * Two live Paygraph processes' worth of state on one Redis (two in-process instances, one Astra
 * simulator as the provider): a webhook registered through A is accepted by B, and both together
 * make one token call.
 */
const TOKEN_ROUTE = 'POST /oauth/v1/token';
let sim: AstraSimulator;
let a: TestPaygraph;
let b: TestPaygraph;
const redis = testRedisClient();
const prefix = uniquePrefix('two-instances');

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0, webhookRetryDelaysMs: [20, 20] });
  const [portA, portB] = [await freePort(), await freePort()];
  const env = (port: number, publicPort: number) => ({
    ...liveAstraEnv(sim),
    PORT: String(port),
    // A advertises B's address, so what A registers is delivered to B.
    PUBLIC_URL: `http://127.0.0.1:${publicPort}`,
    ...sharedRedisEnv(prefix),
  });
  sim.counters.reset();
  [a, b] = await Promise.all([startTestPaygraph(env(portA, portB)), startTestPaygraph(env(portB, portB))]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await sim.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

test('A and B, cold start-up checks plus 40 concurrent queries on each: 1 token call in total', async () => {
  // Both start-up checks list Astra's webhooks (a token each, unless shared).
  await eventually(async () => [a, b].every((app) => app.logs.some((line) => line.includes('"webhook_secret_check"'))));
  const responses = await Promise.all([a, b].flatMap((app) => Array.from({ length: 40 }, () => app.gql('{ webhooks { id } }'))));
  for (const response of responses) expect(response.errors).toBeUndefined();
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(1);
  expect(a.providers.astra.tokens.fetchCount + b.providers.astra.tokens.fetchCount).toBe(1);
});

test('a webhook registered through A is delivered to B, accepted and published there', async () => {
  for (const hook of await a.providers.astra.webhooks.list()) await a.providers.astra.webhooks.delete(hook.webhookId);
  const registered = await a.gql('mutation { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { userErrors { code } } }');
  expect(registered.data.registerWebhook.userErrors).toEqual([]);
  const events = b.services.bus.subscribe({ provider: 'ASTRA' });
  const next = events.next();
  const created = await b.gql('mutation { createPixCharge(input: { amount: "3.00" }) { pixCharge { txid } } }');
  const txid: string = created.data.createPixCharge.pixCharge.txid;
  expect(await sim.payCharge(txid)).toBe(true);
  const { value } = await next;
  expect(value).toMatchObject({ type: 'PIX_CHARGE_PAID', provider: 'ASTRA' });
  expect(JSON.stringify(value)).toContain(txid);
  await events.return?.();
  expect(b.services.metrics.get('paygraph_webhook_rejected_total', { provider: 'ASTRA', reason: 'bad_secret' })).toBe(0);
  for (const hook of await a.providers.astra.webhooks.list()) await a.providers.astra.webhooks.delete(hook.webhookId);
});
