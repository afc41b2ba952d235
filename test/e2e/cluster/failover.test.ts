import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startCluster, type Cluster } from '../../helpers/cluster';
import { shortWindowEnv } from '../../helpers/in-flight';
import { eventually } from '../../helpers/paygraph';
import { deletePrefix } from '../../helpers/redis';
import { startRedisCluster, type TestRedisCluster } from '../../helpers/redis-cluster';
import { subscribe, type TestSubscription } from '../../helpers/subscriptions';

/**
 * Two Paygraph instances on a Redis Cluster of 3 primaries + 3 replicas, REDIS_WAIT_REPLICAS=1.
 * While keyed mutations run from both instances (each retried with its key until it answers, as a
 * client would) and the provider delivers a webhook for every charge, the primary holding the
 * webhook inbox is killed (SIGKILL), its replica promoted, and the dead node started again (it
 * rejoins as a replica; until then writes on its slots cannot reach a replica and fail closed).
 * An attempt cut off after it may have reached the provider answers OUTCOME_PENDING (the in-flight
 * window, docs/idempotency.md, shortened here to 6 s), later the outcome or OUTCOME_UNKNOWN.
 * Then: at most one charge at the provider per key, every answer for a key names that charge, and
 * every delivery Paygraph acknowledged became exactly one event in the log.
 */
jest.setTimeout(150_000);

const CREATE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid } userErrors { code message } }
}`;
const LIST = `query($reference: String!) { pixCharges(filter: { reference: $reference }, first: 10) { edges { node { txid } } } }`;
const UNKNOWN = 'UNKNOWN';
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

/**
 * One client's keyed createPixCharge (its reference is the key), sent again (alternating
 * instances) until it answers: the charge's txid, or UNKNOWN — the designed final answer when an
 * attempt's outcome stayed unknown (docs/frontend-guide.md: look the charge up by reference).
 */
async function createWithRetries(key: string, attempt0: number): Promise<string> {
  let last: unknown;
  const deadline = Date.now() + 60_000;
  for (let attempt = attempt0; Date.now() < deadline; attempt++) {
    const result = await cluster
      .gql(attempt % 2 === 0 ? 'A' : 'B', CREATE, { input: { amount: '4.01', idempotencyKey: key, reference: key } })
      .catch((error: Error) => ({ error: error.message }) as { data?: any; errors?: any[] });
    last = result;
    const txid = result?.data?.createPixCharge?.pixCharge?.txid as string | undefined;
    if (txid) return txid;
    if (result?.data?.createPixCharge?.userErrors?.[0]?.code === 'OUTCOME_UNKNOWN') return UNKNOWN;
    failedAttempts++;
    if (result?.errors?.[0]?.extensions?.code === 'OUTCOME_PENDING') pendingAnswers++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`key ${key} never answered; last answer: ${JSON.stringify(last)}`);
}

/** The charges the provider holds with this reference (each key is its charge's reference). */
async function chargesWithReference(reference: string): Promise<string[]> {
  const listed = await cluster.gql('A', LIST, { reference });
  return listed.data!.pixCharges.edges.map((edge: { node: { txid: string } }) => edge.node.txid);
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
  const promotedAt = { ms: 0 };
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
        // Killed, replaced by its replica, then started again: it rejoins as the new primary's
        // replica, so writes on those slots can wait for a replica again (REDIS_WAIT_REPLICAS=1).
        failover = redisCluster
          .kill(victim)
          .then(() => redisCluster.waitForFailover(victim, 30_000))
          .then(() => (promotedAt.ms = Date.now()))
          .then(() => redisCluster.restart(victim))
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
      `${failedAttempts} attempts failed and were retried (${pendingAnswers} of them OUTCOME_PENDING), ` +
      `${[...results.values()].filter((answers) => answers[0] === UNKNOWN).length} keys ended OUTCOME_UNKNOWN, replica promoted ${promotedAt.ms - killedAt.ms} ms after the kill, ` +
      `run went on ${Date.now() - killedAt.ms} ms after the kill`,
  );
  expect(failoverDoneAt).toBeDefined();

  // No key executed twice: each key's reference names at most one charge at the provider, the one
  // every answer for it named; a key answered UNKNOWN made at most one; no create outside the keys.
  let found = 0;
  for (const [key, answers] of results) {
    const atProvider = await chargesWithReference(key);
    found += atProvider.length;
    const named = answers.filter((answer) => answer !== UNKNOWN);
    expect({ key, atProvider: atProvider.length <= 1, named: new Set(named).size <= 1 }).toEqual({ key, atProvider: true, named: true });
    if (named.length > 0) expect({ key, txid: atProvider[0] }).toEqual({ key, txid: named[0] });
  }
  expect((cluster.astra.counters.snapshot()['POST /charge/v1/dynamic'] ?? 0) - createsBefore).toBe(found);
  const unknown = [...results.values()].filter((answers) => answers[0] === UNKNOWN).length;
  expect(unknown).toBeLessThan(keys / 2);

  // Every acknowledged delivery of this run is exactly one event in the log (replayed with after:).
  const charges = new Set([...results.values()].flat().filter((answer) => answer !== UNKNOWN));
  await cluster.astra.waitForIdle();
  const acknowledged = new Set((await acknowledgedTxids()).filter((txid) => charges.has(txid)));
  expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
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
