import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startCluster, type Cluster } from '../../helpers/cluster';
import { shortWindowEnv } from '../../helpers/in-flight';
import { eventually } from '../../helpers/paygraph';
import { deletePrefix } from '../../helpers/redis';
import { startRedisCluster, type TestRedisCluster } from '../../helpers/redis-cluster';
import { subscribe, type TestSubscription } from '../../helpers/subscriptions';

/**
 * Two Paygraph instances on a Redis Cluster of 3 primaries + 3 replicas. While keyed mutations
 * run from both instances (each retried with its key until it answers, as a client would) and the
 * provider delivers a webhook for every charge, the primary holding the webhook inbox is killed
 * (SIGKILL) and its replica promoted. An attempt cut off by the failover after it may have reached
 * the provider answers OUTCOME_PENDING (docs/idempotency.md, the in-flight window, shortened here
 * to 6 s); the client's later retry gets the outcome. Then: no idempotency key made a second provider call, every
 * retry of a key got the same charge, and every delivery Paygraph acknowledged became exactly one
 * event in the log.
 */
jest.setTimeout(150_000);

const CREATE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid } userErrors { code message } }
}`;
const REGISTER = `mutation { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { webhook { id } userErrors { code message } } }`;
const EVENTS = `subscription($after: String) {
  paymentEvents(filter: { types: [PIX_CHARGE_PAID] }, after: $after) { id cursor subject { ... on PixCharge { txid } } }
}`;

const CONCURRENCY = 4;
/** Keys answered before the kill, and after the replica's promotion. */
const KILL_AFTER = 6;
const AFTER_FAILOVER = 8;

let redisCluster: TestRedisCluster;
let cluster: Cluster;
const subs: TestSubscription[] = [];
let failedAttempts = 0;
let pendingAnswers = 0;

beforeAll(async () => {
  redisCluster = await startRedisCluster({ replicas: true });
  cluster = await startCluster({
    env: { REDIS_CLUSTER_NODES: redisCluster.nodes.join(','), WEBHOOK_CLAIM_IDLE_MS: '1000', REDIS_WAIT_REPLICAS: '1', ...shortWindowEnv(2_000, 2_500, 6_000) },
  });
  await cluster.start('A');
  await cluster.start('B');
  const registered = await cluster.gql('A', REGISTER);
  expect(registered.data?.registerWebhook.userErrors).toEqual([]);
});

afterAll(async () => {
  await Promise.all(subs.map((sub) => sub.close()));
  await cluster?.close();
  if (redisCluster) {
    const admin = redisCluster.client();
    await deletePrefix(admin, cluster.keyPrefix).catch(() => {});
    admin.disconnect();
    await redisCluster.stop();
  }
});

function open(name: string, after?: string): TestSubscription {
  const sub = subscribe(cluster.instances.get(name)!.graphqlUrl.replace(/^http/, 'ws'), EVENTS, { after });
  subs.push(sub);
  return sub;
}

/** One client's keyed createPixCharge, sent again (alternating instances) until it answers with a charge. */
async function createWithRetries(key: string, attempt0: number): Promise<string> {
  let last: unknown;
  for (let attempt = attempt0; attempt - attempt0 < 200; attempt++) {
    const result = await cluster
      .gql(attempt % 2 === 0 ? 'A' : 'B', CREATE, { input: { amount: '4.01', idempotencyKey: key } })
      .catch((error: Error) => ({ error: error.message }) as { data?: any; errors?: any[] });
    last = result;
    const txid = result?.data?.createPixCharge?.pixCharge?.txid as string | undefined;
    if (txid) return txid;
    failedAttempts++;
    if (result?.errors?.[0]?.extensions?.code === 'OUTCOME_PENDING') pendingAnswers++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`key ${key} never succeeded; last answer: ${JSON.stringify(last)}`);
}

/** Deliveries the simulator saw acknowledged (2xx), from its own delivery log (GET /webhook/v1/results). */
async function acknowledgedTxids(): Promise<string[]> {
  const tokenResponse = await request(`${cluster.astra.url}/oauth/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: cluster.astra.clientId, client_secret: cluster.astra.clientSecret }).toString(),
  });
  const { access_token: token } = (await tokenResponse.body.json()) as { access_token: string };
  const txids: string[] = [];
  for (let page = 0; ; page++) {
    const response = await request(`${cluster.astra.url}/webhook/v1/results?success=true&size=100&page=${page}`, {
      headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
    });
    const body = (await response.body.json()) as { content: Array<{ payload: { txid: string } }>; totalPages: number };
    txids.push(...body.content.map((record) => record.payload.txid));
    if (page + 1 >= body.totalPages) return txids;
  }
}

test('a primary killed mid-run: nothing acknowledged is lost, no idempotency key executes twice', async () => {
  // A resume point before the run: the replay at the end reads the whole run from the log.
  const marker = open('B');
  await cluster.gql('A', CREATE, { input: { amount: '3.01' } });
  const start = (await marker.waitFor(1, 30_000)).paymentEvents.cursor as string;
  const live = open('B', start);

  const victim = await redisCluster.primaryPortFor(`${cluster.keyPrefix}{webhooks}:inbox`);
  const createsBefore = cluster.astra.counters.snapshot()['POST /charge/v1/dynamic'] ?? 0;
  const results = new Map<string, string[]>();
  let next = 0;
  let failoverDoneAt: number | undefined;
  let failover: Promise<void> | undefined;
  const killedAt = { ms: 0 };
  // Keys keep coming until the replica is promoted and AFTER_FAILOVER more keys were answered.
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    for (;;) {
      const answeredAfter = failoverDoneAt === undefined ? 0 : [...results.keys()].filter((key) => Number(key.split('-')[1]) >= failoverDoneAt!).length;
      if (answeredAfter >= AFTER_FAILOVER || next >= 500) return;
      const i = next++;
      const key = `failover-${i}-${Date.now()}`;
      // Answered, then sent once more from the other instance: the replay must name the same charge.
      results.set(key, [await createWithRetries(key, i), await createWithRetries(key, i + 1)]);
      if (results.size === KILL_AFTER && !failover) {
        killedAt.ms = Date.now();
        failover = redisCluster
          .kill(victim)
          .then(() => redisCluster.waitForFailover(victim, 30_000))
          .then(() => {
            failoverDoneAt = next;
          });
      }
    }
  });
  await Promise.all(workers);
  await failover;
  const keys = results.size;
  console.info(
    `Redis Cluster failover: ${keys} keys, primary ${victim} (webhook inbox) killed after ${KILL_AFTER} answered, ` +
      `${failedAttempts} attempts failed and were retried (${pendingAnswers} of them OUTCOME_PENDING), run went on ${Date.now() - killedAt.ms} ms after the kill`,
  );
  expect(failoverDoneAt).toBeDefined();

  // No key executed twice: one provider create per key, and every answer for a key named one charge.
  expect((cluster.astra.counters.snapshot()['POST /charge/v1/dynamic'] ?? 0) - createsBefore).toBe(keys);
  for (const [key, txids] of results) expect({ key, charges: new Set(txids).size }).toEqual({ key, charges: 1 });

  // Every acknowledged delivery of this run is exactly one event in the log (replayed with after:).
  const charges = new Set([...results.values()].map((txids) => txids[0]));
  await cluster.astra.waitForIdle();
  const acknowledged = new Set((await acknowledgedTxids()).filter((txid) => charges.has(txid)));
  expect(acknowledged.size).toBeGreaterThan(keys / 2);
  const replay = open('A', start);
  await eventually(async () => {
    const seen = new Set(replay.received.map((event) => event.paymentEvents.subject.txid));
    return [...acknowledged].every((txid) => seen.has(txid));
  }, 30_000);
  const replayed = replay.received.map((event) => event.paymentEvents.subject.txid as string).filter((txid) => charges.has(txid));
  expect(replayed.length).toBe(new Set(replayed).size);
  // The live subscriber on B saw no event twice either (it may have ended early: then it resumes with after:).
  const liveTxids = live.received.map((event) => event.paymentEvents.subject.txid as string);
  expect(liveTxids.length).toBe(new Set(liveTxids).size);
});
