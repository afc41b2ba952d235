import { request } from 'undici';
import { startCluster, type Cluster } from '../helpers/cluster';
import { deletePrefix } from '../helpers/redis';
import { subscribe, type TestSubscription } from '../helpers/subscriptions';
import { eventually } from '../helpers/paygraph';
import type { Cluster as RedisClusterClient, Redis } from 'ioredis';

const CREATE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid status } userErrors { code field message } }
}`;
const REFUND = `mutation($input: RefundPixChargeInput!) {
  refundPixCharge(input: $input) { refund { id refundId status } userErrors { code field message } }
}`;
const REGISTER = `mutation { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { webhook { id } userErrors { code message } } }`;
const EVENTS = `subscription($filter: PaymentEventFilter, $after: String) {
  paymentEvents(filter: $filter, after: $after) { id cursor type subject { id ... on PixCharge { txid status } } }
}`;
const CHARGE_UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`;

/** Where the instances keep their shared state: one Redis server or a Redis Cluster. */
export interface SharedRedis {
  /** REDIS_URL, or REDIS_CLUSTER_NODES (then `env` names them). */
  redisUrl?: string;
  env?: Record<string, string>;
  /** A client for cleanup (keys under the instances' prefix are deleted at the end). */
  admin(): Redis | RedisClusterClient;
  /** Stops whatever `start` started. */
  stop?(): Promise<void>;
}

/**
 * Two real Paygraph processes (A and B) on one shared Redis and one pair of provider simulators,
 * as two instances behind a load balancer (docs/deploy.md). Each case counts what the providers
 * saw and what subscribers received. Run on one Redis server (two-processes.test.ts) and on a
 * Redis Cluster (cluster/two-instances-on-cluster.test.ts).
 */
export function twoInstanceSuite(title: string, start: () => Promise<SharedRedis>): void {
  let cluster: Cluster;
  let subs: TestSubscription[] = [];

  function open(name: string, query: string, variables?: Record<string, unknown>): TestSubscription {
    const entry = cluster.instances.get(name)!;
    const sub = subscribe(entry.graphqlUrl.replace(/^http/, 'ws'), query, variables);
    subs.push(sub);
    return sub;
  }

  /** The instance's `paygraph_subscribers` gauge (bus subscribers in that process), from /metrics. */
  async function subscribers(name: string): Promise<number> {
    const response = await request(`${cluster.instances.get(name)!.url}/metrics`);
    const match = /^paygraph_subscribers (\d+)$/m.exec(await response.body.text());
    return match ? Number(match[1]) : 0;
  }

  /**
   * Opens a subscription and waits until the instance has registered it: a subscription is set up
   * asynchronously, and an event published before that would not reach it (only `after:` replays).
   */
  async function openLive(name: string, query: string, variables?: Record<string, unknown>): Promise<TestSubscription> {
    const before = await subscribers(name);
    const sub = open(name, query, variables);
    await eventually(async () => (await subscribers(name)) > before, 20_000);
    return sub;
  }

  const route = (sim: { counters: { snapshot(): Record<string, number> } }, name: string) => sim.counters.snapshot()[name] ?? 0;

  async function paidCharge(name: string, amount: string): Promise<{ id: string; txid: string }> {
    const created = await cluster.gql(name, CREATE, { input: { amount } });
    expect(created.data?.createPixCharge.userErrors).toEqual([]);
    return created.data!.createPixCharge.pixCharge;
  }

  let redis: SharedRedis | undefined;

  beforeAll(async () => {
    redis = await start();
    cluster = await startCluster({ redisUrl: redis.redisUrl, env: { ...redis.env, WEBHOOK_CLAIM_IDLE_MS: '1000' } });
    await cluster.start('A');
    await cluster.start('B');
    const registered = await cluster.gql('A', REGISTER);
    expect(registered.data?.registerWebhook.userErrors).toEqual([]);
  });

  afterEach(async () => {
    await Promise.all(subs.map((sub) => sub.close()));
    subs = [];
    cluster.astra.faults.reset();
    // The server drops closed subscriptions asynchronously: start the next test from zero.
    for (const name of cluster.instances.keys()) await eventually(async () => (await subscribers(name)) === 0, 20_000);
  });

  afterAll(async () => {
    await cluster?.close();
    if (redis && cluster) {
      const admin = redis.admin();
      await deletePrefix(admin, cluster.keyPrefix);
      admin.disconnect();
    }
    await redis?.stop?.();
  });

  describe(title, () => {
    test('N instances make one token call per window', async () => {
      // Both instances have served requests (registration on A; reads on B below): one token in all.
      await cluster.gql('B', CREATE, { input: { amount: '3.00' } });
      await cluster.gql('A', CREATE, { input: { amount: '3.00' } });
      expect(route(cluster.astra, 'POST /oauth/v1/token')).toBe(1);
    });

    test('a webhook delivered to A reaches a subscriber on B exactly once, and after: on B replays it', async () => {
      const onB = await openLive('B', EVENTS, { filter: { types: ['PIX_CHARGE_PAID'] } });
      const charge = await paidCharge('B', '5.01'); // ,01: the simulator pays it and delivers to PUBLIC_URL (A)
      const event = await onB.waitFor(1, 20_000);
      expect(event.paymentEvents.subject).toMatchObject({ txid: charge.txid, status: 'PAID' });
      // A second, later event proves the first was not repeated in between.
      const second = await paidCharge('A', '6.01');
      const next = await onB.waitFor(2, 20_000);
      expect(next.paymentEvents.subject.txid).toBe(second.txid);
      expect(onB.received.filter((e) => e.paymentEvents.subject.txid === charge.txid)).toHaveLength(1);

      // Resume on B after the first event's cursor: exactly the second one is replayed.
      const resumed = open('B', EVENTS, { filter: { types: ['PIX_CHARGE_PAID'] }, after: event.paymentEvents.cursor });
      const replayed = await resumed.waitFor(1, 10_000);
      expect(replayed.paymentEvents.subject.txid).toBe(second.txid);
    });

    test('the same idempotency key sent to A and B at once makes one provider call', async () => {
      const before = route(cluster.astra, 'POST /charge/v1/dynamic');
      cluster.astra.faults.set({ latencyMs: 500, routeFilter: 'POST /charge/v1/dynamic' });
      const input = { amount: '7.00', idempotencyKey: `two-instances-${Date.now()}` };
      const results = await Promise.all([
        cluster.gql('A', CREATE, { input }),
        cluster.gql('B', CREATE, { input }),
        cluster.gql('A', CREATE, { input }),
        cluster.gql('B', CREATE, { input }),
      ]);
      expect(route(cluster.astra, 'POST /charge/v1/dynamic') - before).toBe(1);
      const txids = new Set(results.map((r) => r.data?.createPixCharge.pixCharge?.txid));
      expect(txids.size).toBe(1);
      expect([...txids][0]).toEqual(expect.any(String));
    });

    test('killing A after it acknowledged a delivery, before it published, still gets the event to B', async () => {
      // A resume point from before the delivery, so B's subscriber receives the event however soon
      // after start-up B claims it.
      const onA = await openLive('A', EVENTS, { filter: { types: ['PIX_CHARGE_PAID'] } });
      const marker = await paidCharge('A', '12.01');
      const before = await onA.waitFor(1, 20_000);
      expect(before.paymentEvents.subject.txid).toBe(marker.txid);

      // Only A runs, and its confirmation re-fetch hangs: it acknowledges the delivery, then stalls.
      expect(await cluster.stop('B')).toBe(0);
      const charge = await paidCharge('A', '8.00');
      // The simulator counts a request when it answers; its fault knobs see it when it arrives.
      let confirmationArrived = false;
      const decide = cluster.astra.faults.decide.bind(cluster.astra.faults);
      cluster.astra.faults.decide = (routeName) => {
        if (routeName === 'GET /charge/v1/dynamic/:txid') confirmationArrived = true;
        return decide(routeName);
      };
      cluster.astra.faults.set({ latencyMs: 60_000, routeFilter: 'GET /charge/v1/dynamic/:txid' });
      try {
        expect(await cluster.astra.payCharge(charge.txid)).toBeTruthy();
        // A re-fetches only what its inbox holds, so the delivery is durable once this read arrives.
        await eventually(async () => confirmationArrived, 20_000);
        await cluster.kill('A');
      } finally {
        cluster.astra.faults.decide = decide;
        cluster.astra.faults.reset();
      }

      await cluster.start('B');
      const onB = open('B', EVENTS, { filter: { types: ['PIX_CHARGE_PAID'] }, after: before.paymentEvents.cursor });
      const event = await onB.waitFor(1, 30_000);
      expect(event.paymentEvents.subject).toMatchObject({ txid: charge.txid, status: 'PAID' });
      await cluster.start('A');
    });

    test('50 subscribers spread over A and B make one poller', async () => {
      const created = await cluster.gql('A', CREATE, { input: { amount: '9.00', provider: 'PAGSTAR' } });
      expect(created.data?.createPixCharge.userErrors).toEqual([]);
      const id = created.data!.createPixCharge.pixCharge.id;
      const agents: string[] = [];
      const record = cluster.pagstar.counters.record.bind(cluster.pagstar.counters);
      cluster.pagstar.counters.record = (input) => {
        record(input);
        if (input.method === 'HEAD') agents.push(String(input.headers['user-agent']));
      };
      for (let i = 0; i < 50; i++) open(i % 2 === 0 ? 'A' : 'B', CHARGE_UPDATED, { id });
      await eventually(async () => agents.length >= 10, 30_000);
      cluster.pagstar.counters.record = record;
      // One poller: every probe came from one instance.
      expect(new Set(agents).size).toBe(1);
    });

    test('restarting both keeps idempotency keys, webhook secrets and the event log', async () => {
      const key = `restart-${Date.now()}`;
      const charge = await paidCharge('A', '10.00'); // not ,01: paid below, once the subscriber is registered
      const onA = await openLive('A', EVENTS, { filter: { types: ['PIX_CHARGE_PAID'], subjectId: charge.id } });
      expect(await cluster.astra.payCharge(charge.txid)).toBeTruthy();
      const paid = await onA.waitFor(1, 20_000);
      const first = await cluster.gql('A', REFUND, { input: { chargeId: charge.id, amount: '1.00', idempotencyKey: key } });
      expect(first.data?.refundPixCharge.userErrors).toEqual([]);
      await onA.close();
      const refundsBefore = route(cluster.astra, 'POST /charge/v1/refund');

      expect(await cluster.stop('A')).toBe(0);
      expect(await cluster.stop('B')).toBe(0);
      await cluster.start('A');
      await cluster.start('B');

      const again = await cluster.gql('B', REFUND, { input: { chargeId: charge.id, amount: '1.00', idempotencyKey: key } });
      expect(again.data?.refundPixCharge.refund.refundId).toBe(first.data!.refundPixCharge.refund.refundId);
      expect(route(cluster.astra, 'POST /charge/v1/refund')).toBe(refundsBefore);

      // The event log survived: after: with a cursor from before the restart replays later events.
      const resumed = open('B', EVENTS, { filter: { types: ['PIX_CHARGE_PAID'] }, after: paid.paymentEvents.cursor });
      // The webhook secret survived: the simulator's delivery for a new payment is accepted and published.
      const later = await paidCharge('B', '11.01');
      const replayed = await resumed.waitFor(1, 20_000);
      expect(replayed.paymentEvents.subject.txid).toBe(later.txid);
    });
  });
}
