import { request } from 'undici';
import { startTestPaygraph, eventually, type GraphQLResponse, type TestPaygraph } from '../../helpers/paygraph';
import { operation } from '../../helpers/operations';
import { openSocket, untilSubscribers, type TestSocket, type TestSubscription } from '../../helpers/subscriptions';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { deletePrefix, SHARED_REDIS_URL, testRedisClient, uniquePrefix } from '../../helpers/redis';

/** Issue 23, case 3: subscriptions spend the provider-call budget per event, and every socket/subscription count is capped. */

const key = (name: string) => `${name}-key-0123456789abcdef`;
const WRITER = key('writer');
const READERS = ['a', 'b', 'c', 'd', 'e', 'f'];
const API_KEYS = [`writer=${WRITER}:read+write`, ...READERS.map((name) => `${name}=${key(name)}:read`)].join(',');
const auth = (name: string) => ({ authorization: `Bearer ${key(name)}` });
const REFUND_SCAN = 'GET /charge/v1/refund';
const CREATE = operation('create-pix-charge');

/** One of 30 different subscriptions (own operation name: no shared execution) selecting the subject's refunds. */
const refundsWatcher = (n: number) =>
  `subscription Watcher${n} { paymentEvents { cursor subject { ... on PixCharge { refunds(first: 100) { totalCount edges { node { id } } } } } } }`;
const CHARGE_UPDATED = 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }';

async function post(app: TestPaygraph, headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const response = await request(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.statusCode, body: (await response.body.json()) as GraphQLResponse };
}

async function createCharge(app: TestPaygraph): Promise<{ id: string; txid: string }> {
  const response = await post(app, { authorization: `Bearer ${WRITER}` }, CREATE, { input: { amount: '12.00' } });
  expect(response.body.data!.createPixCharge.userErrors).toEqual([]);
  return response.body.data!.createPixCharge.pixCharge;
}

/** Provider calls per route made while `run` is in progress. */
async function providerCallsDuring(app: TestPaygraph, run: () => Promise<void>): Promise<Record<string, number>> {
  const before = app.sandbox!.astra.counters.snapshot();
  await run();
  const calls: Record<string, number> = {};
  for (const [route, count] of Object.entries(app.sandbox!.astra.counters.snapshot())) {
    if (count > (before[route] ?? 0)) calls[route] = count - (before[route] ?? 0);
  }
  return calls;
}

/** The first error a subscription got, whether as an `error` message (an array) or inside a `next` result. */
async function firstError(sub: TestSubscription): Promise<{ message: string; extensions?: Record<string, unknown> }> {
  await eventually(async () => sub.errors.length > 0);
  const error = sub.errors[0];
  return (Array.isArray(error) ? error[0] : error) as { message: string; extensions?: Record<string, unknown> };
}

const nodeIds = (n: number, tag: string) => Array.from({ length: n }, (_, i) => encodeGlobalId('PixCharge', 'ASTRA', `${tag}${i}`));
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

describe('an event re-executes subscriptions with one loader set, charged to the key', () => {
  let app: TestPaygraph;
  let socket: TestSocket;
  // 30 subscriptions × 2 (estimate of the refunds selection) to open, the same again for one event, + 5 left.
  const BUDGET = 30 * 2 + 30 * 2 + 5;
  beforeAll(async () => {
    app = await startTestPaygraph({ API_KEYS, RATE_LIMIT_PROVIDER_CALLS: String(BUDGET), RATE_LIMIT_WINDOW_SECONDS: '3600' });
  });
  afterAll(async () => {
    await socket?.close();
    await app.close();
  });

  test('30 subscriptions on one socket selecting the paid charge refunds: 1 refund read per event, and every execution is charged', async () => {
    const charge = await createCharge(app);
    socket = openSocket(app.wsUrl, auth('a'));
    const subs = Array.from({ length: 30 }, (_, n) => socket.subscribe(refundsWatcher(n)));
    await untilSubscribers(() => app.services.bus.subscriberCount, 30);

    const calls = await providerCallsDuring(app, async () => {
      expect(await app.services.sandbox!.payPixCharge('ASTRA', charge.txid)).toBe(true);
      await Promise.all(subs.map((sub) => sub.waitFor(1)));
    });
    for (const sub of subs) expect(sub.received[0].paymentEvents.subject.refunds.totalCount).toBe(0);
    // Was 30 refund scans (one per subscription) + 1 confirmation = 31.
    expect(calls[REFUND_SCAN]).toBe(1);
    expect(Object.values(calls).reduce((sum, n) => sum + n, 0)).toBe(2);

    // Opening and the event were charged 120 of 125: 5 provider calls are left, not 6.
    expect((await post(app, auth('a'), NODES, { ids: nodeIds(5, 'left') })).status).toBe(200);
    const over = await post(app, auth('a'), NODES, { ids: nodeIds(1, 'over') });
    expect(over.status).toBe(429);
    expect(over.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });
});

describe('an event the key cannot afford', () => {
  let app: TestPaygraph;
  let socket: TestSocket;
  beforeAll(async () => {
    // Opening the subscription costs its estimate (2) of 3: one event (2 more) is over budget.
    app = await startTestPaygraph({ API_KEYS, RATE_LIMIT_PROVIDER_CALLS: '3', RATE_LIMIT_WINDOW_SECONDS: '3600' });
  });
  afterAll(async () => {
    await socket?.close();
    await app.close();
  });

  test('is delivered as a RATE_LIMITED error with retryAfterSeconds, and makes no provider call for the subscriber', async () => {
    const charge = await createCharge(app);
    socket = openSocket(app.wsUrl, auth('a'));
    const sub = socket.subscribe(refundsWatcher(0));
    await untilSubscribers(() => app.services.bus.subscriberCount, 1);

    const calls = await providerCallsDuring(app, async () => {
      expect(await app.services.sandbox!.payPixCharge('ASTRA', charge.txid)).toBe(true);
      await firstError(sub);
    });
    const error = await firstError(sub);
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(error.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/budget/);
    expect(sub.received).toEqual([]);
    expect(calls[REFUND_SCAN]).toBeUndefined();
  });
});

describe('events spend the budget shared through Redis', () => {
  const prefix = uniquePrefix('sub-budget');
  const redis = testRedisClient();
  const apps: TestPaygraph[] = [];
  let socket: TestSocket;
  beforeAll(async () => {
    // Opening (2) + one event (2) + 1 left, shared by both instances.
    const env = { API_KEYS, RATE_LIMIT_PROVIDER_CALLS: '5', RATE_LIMIT_WINDOW_SECONDS: '3600', REDIS_URL: SHARED_REDIS_URL, REDIS_KEY_PREFIX: prefix };
    apps.push(await startTestPaygraph(env), await startTestPaygraph(env));
  });
  afterAll(async () => {
    await socket?.close();
    for (const app of apps) await app.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  test('an event delivered on one instance leaves the other instance 1 provider call for the key', async () => {
    const [first, second] = apps;
    const charge = await createCharge(first);
    socket = openSocket(first.wsUrl, auth('a'));
    const sub = socket.subscribe(refundsWatcher(0));
    await untilSubscribers(() => first.services.bus.subscriberCount, 1);
    expect(await first.services.sandbox!.payPixCharge('ASTRA', charge.txid)).toBe(true);
    await sub.waitFor(1);

    expect((await post(second, auth('a'), NODES, { ids: nodeIds(1, 'left') })).status).toBe(200);
    expect((await post(second, auth('a'), NODES, { ids: nodeIds(1, 'over') })).status).toBe(429);
  });
});

describe('caps on sockets and subscriptions', () => {
  let app: TestPaygraph;
  let chargeId: string;
  let sockets: TestSocket[] = [];
  beforeAll(async () => {
    app = await startTestPaygraph({
      API_KEYS,
      SUBSCRIPTION_MAX_SOCKETS_PER_KEY: '2',
      SUBSCRIPTION_MAX_PER_SOCKET: '3',
      SUBSCRIPTION_MAX_PER_KEY: '4',
      SUBSCRIPTION_MAX_PROVIDER_CALLS_PER_EVENT: '2',
    });
    chargeId = (await createCharge(app)).id;
  });
  afterEach(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    sockets = [];
  });
  afterAll(() => app.close());

  function connect(reader: string): TestSocket {
    const socket = openSocket(app.wsUrl, auth(reader));
    sockets.push(socket);
    return socket;
  }

  /** A subscription that answers at once (the charge as it is now): accepted when that first message arrives. */
  async function accepted(socket: TestSocket, query = CHARGE_UPDATED): Promise<TestSubscription> {
    const sub = socket.subscribe(query, { id: chargeId });
    await sub.waitFor(1);
    return sub;
  }

  test('subscriptions per socket: up to the limit accepted, the next refused with SUBSCRIPTION_LIMIT and the limit; completing one frees its place', async () => {
    const socket = connect('a');
    const subs = [await accepted(socket), await accepted(socket), await accepted(socket)];
    const refused = await firstError(socket.subscribe(CHARGE_UPDATED, { id: chargeId }));
    expect(refused.extensions).toEqual({ code: 'SUBSCRIPTION_LIMIT', limit: 3 });
    expect(refused.message).toMatch(/At most 3 subscriptions per WebSocket connection/);

    await subs[0].close();
    await accepted(socket);
  });

  test('subscriptions per socket hold for a burst: of 10 subscribe messages sent at once, exactly 3 are accepted', async () => {
    const socket = connect('f');
    await socket.acknowledged;
    const subs = Array.from({ length: 10 }, () => socket.subscribe(CHARGE_UPDATED, { id: chargeId }));
    await eventually(async () => subs.every((sub) => sub.received.length > 0 || sub.errors.length > 0));
    expect(subs.filter((sub) => sub.received.length > 0)).toHaveLength(3);
    const refusals = await Promise.all(subs.filter((sub) => sub.errors.length > 0).map(firstError));
    expect(refusals.map((error) => error.extensions)).toEqual(Array.from({ length: 7 }, () => ({ code: 'SUBSCRIPTION_LIMIT', limit: 3 })));
  });

  test('subscriptions per key, across its sockets: the 5th is refused with the limit; another key is not affected', async () => {
    const first = connect('b');
    for (let i = 0; i < 3; i++) await accepted(first);
    const second = connect('b');
    await accepted(second);
    const refused = await firstError(second.subscribe(CHARGE_UPDATED, { id: chargeId }));
    expect(refused.extensions).toEqual({ code: 'SUBSCRIPTION_LIMIT', limit: 4 });
    expect(refused.message).toMatch(/At most 4 subscriptions per API key/);

    await accepted(connect('c'));
  });

  test('sockets per key: the 3rd socket of a key is closed with 1008 and a reason stating the limit; closing one lets a new one in', async () => {
    const first = connect('d');
    const second = connect('d');
    await Promise.all([first.acknowledged, second.acknowledged]);
    const third = connect('d');
    expect(await third.closed).toEqual({ code: 1008, reason: 'SUBSCRIPTION_LIMIT: at most 2 WebSocket connections per API key' });

    await second.close();
    // The server frees the place when it sees the close: retry until it has.
    await eventually(async () => {
      const next = connect('d');
      return Promise.race([next.acknowledged.then(() => true), next.closed.then(() => false)]);
    });
  });

  test('provider calls per event: a selection estimated at the limit is accepted, one over it refused with its cost and the limit', async () => {
    const socket = connect('e');
    await accepted(socket, 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id refunds(first: 5) { totalCount } } }');
    const twice = 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id a: refunds(first: 5) { totalCount } b: refunds(first: 1) { totalCount } } }';
    const refused = await firstError(socket.subscribe(twice, { id: chargeId }));
    expect(refused.extensions).toEqual({ code: 'SUBSCRIPTION_LIMIT', cost: 4, limit: 2 });
    expect(refused.message).toMatch(/up to 4 provider calls; the limit is 2 per event/);
  });
});
