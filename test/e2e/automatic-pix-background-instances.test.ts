/**
 * Background watching of Automatic Pix across instances (issue 26, 2a; src/events/background-watch.ts):
 * Paygraph instances on one Redis (same key prefix), live mode against one Astra simulator, no
 * subscription to the objects themselves. Each change reaches every `paymentEvents` subscriber
 * exactly once, one instance polls each object, another takes over when the owner closes, and a
 * new process adopts what the previous one left not final.
 */
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { eventually, liveAstraEnv, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../helpers/redis';
import { subscribe, untilSubscribers, type TestSubscription } from '../helpers/subscriptions';
import { CREATE_AUTH, CREATE_PAY } from '../helpers/automatic-pix';
import { addDays, brasiliaDay } from '../../src/lib/brasilia-calendar';

jest.setTimeout(30_000);

const EVENTS = `subscription { paymentEvents(filter: { types: [AUTOMATIC_PIX_AUTHORIZATION_UPDATED, AUTOMATIC_PIX_PAYMENT_UPDATED] }) {
  subject { id ... on AutomaticPixAuthorization { authorizationStatus: status } ... on AutomaticPixPayment { paymentStatus: status } } } }`;
const DAY_MS = 86_400_000;

const redis = testRedisClient();
let sim: AstraSimulator;
let prefix: string;
let apps: TestPaygraph[] = [];
const subs: TestSubscription[] = [];

beforeEach(async () => {
  // Approvals and settlements take 500 ms: the pollers (every 100 ms) see each status.
  sim = await startAstraSimulator({ sandboxDelayMs: 500 });
  prefix = uniquePrefix('background-instances');
});
afterEach(async () => {
  await Promise.all(subs.splice(0).map((sub) => sub.close()));
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await sim.close();
  await deletePrefix(redis, prefix);
});
afterAll(() => redis.quit());

async function instance(env: Record<string, string> = {}): Promise<TestPaygraph> {
  const app = await startTestPaygraph({
    ...liveAstraEnv(sim),
    PAGSTAR_POLL_INTERVAL_MS: '100',
    // Live mode (credentials set): background watching would be quiet (30 s) by default.
    BACKGROUND_POLL_INTERVAL_MS: '100',
    ...sharedRedisEnv(prefix),
    ...env,
  });
  apps.push(app);
  return app;
}

async function closeInstance(app: TestPaygraph): Promise<void> {
  apps = apps.filter((other) => other !== app);
  await app.close();
}

async function events(app: TestPaygraph): Promise<TestSubscription> {
  const sub = subscribe(app.wsUrl, EVENTS);
  subs.push(sub);
  await untilSubscribers(() => app.services.bus.subscriberCount, 1);
  return sub;
}

const statuses = (sub: TestSubscription) => sub.received.map(({ paymentEvents: { subject } }) => `${subject.id}:${subject.authorizationStatus ?? subject.paymentStatus}`);

/** The simulator's Brasília day, `days` from now. */
const simDay = (days = 0) => addDays(brasiliaDay(sim.clock.now()), days);

async function createAuthorization(app: TestPaygraph): Promise<{ id: string }> {
  const input = {
    payer: { name: 'João Silva', document: '12345678909' },
    participantIspb: '60701190',
    creditors: [{ name: 'Loja Exemplo Ltda', document: '11222333000181' }],
    minAmount: '10.00',
    maxAmount: '150.00',
    retryAccepted: true,
    periodicity: 'P1M',
    startDate: simDay(),
    contractReference: `CONTRACT-${Math.random().toString(36).slice(2, 10)}`,
  };
  const { data } = await app.gql(CREATE_AUTH, { input });
  expect(data.createAutomaticPixAuthorization.userErrors).toEqual([]);
  return data.createAutomaticPixAuthorization.authorization;
}

async function createPayment(app: TestPaygraph, authorizationId: string): Promise<{ id: string; providerId: string }> {
  const { data } = await app.gql(CREATE_PAY, { input: { authorizationId, amount: '30.00', dueDate: simDay(1) } });
  expect(data.createAutomaticPixPayment.userErrors).toEqual([]);
  return data.createAutomaticPixPayment.payment;
}

/** The one instance that polls `id` (holds its lease), once exactly one does. */
async function soleOwner(candidates: TestPaygraph[], id: string): Promise<TestPaygraph> {
  return eventually(async () => {
    const owners = candidates.filter((app) => app.pollers.isOwner(id));
    return owners.length === 1 && owners[0];
  }, 10_000);
}

test('two instances: one poller per object, each change once per subscriber, and the other takes over when the owner closes', async () => {
  const [a, b] = [await instance(), await instance()];
  const [onA, onB] = [await events(a), await events(b)];

  const authorization = await createAuthorization(a);
  await Promise.all([onA.waitFor(2, 10_000), onB.waitFor(2, 10_000)]);
  // B adopts A's object from the shared list, and still only one of them polls it.
  await eventually(async () => b.background.isWatching(authorization.id), 10_000);
  expect(a.background.isWatching(authorization.id)).toBe(true);
  await soleOwner([a, b], authorization.id);

  const payment = await createPayment(b, authorization.id);
  await Promise.all([onA.waitFor(3, 10_000), onB.waitFor(3, 10_000)]);
  await eventually(async () => a.background.isWatching(payment.id), 10_000);
  const owner = await soleOwner([a, b], payment.id);
  const [survivor, onSurvivor] = owner === a ? [b, onB] : [a, onA];
  const expected = [`${authorization.id}:PENDING`, `${authorization.id}:APPROVED`, `${payment.id}:SCHEDULED`];
  expect(statuses(onA)).toEqual(expected);
  expect(statuses(onB)).toEqual(expected);

  // The owner shuts down (releasing its leases); the due date comes and the simulator settles the payment.
  await closeInstance(owner);
  sim.clock.advance(DAY_MS);
  await onSurvivor.waitFor(4, 10_000);
  expect(statuses(onSurvivor)).toEqual([...expected, `${payment.id}:PAID`]);
  await eventually(async () => survivor.pollers.isOwner(authorization.id));
  // PAID is final: the payment leaves the shared list; the APPROVED authorization stays.
  await eventually(async () => !(await redis.hexists(`${prefix}background-watch`, payment.id)), 5_000);
  expect(await redis.hexists(`${prefix}background-watch`, authorization.id)).toBe(1);
  // Nothing was repeated meanwhile (the takeover re-reads SCHEDULED: same event id, not published again).
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(onSurvivor.received).toHaveLength(4);
});

test('restart: a new process adopts the objects the previous one left not final', async () => {
  const first = await instance();
  const onFirst = await events(first);
  const authorization = await createAuthorization(first);
  await onFirst.waitFor(2, 10_000);
  const payment = await createPayment(first, authorization.id);
  await onFirst.waitFor(3, 10_000);
  expect(statuses(onFirst)).toEqual([`${authorization.id}:PENDING`, `${authorization.id}:APPROVED`, `${payment.id}:SCHEDULED`]);
  await closeInstance(first);

  const second = await instance();
  // Adopted at start-up, before it serves any request about them.
  expect(second.background.isWatching(payment.id)).toBe(true);
  expect(second.background.isWatching(authorization.id)).toBe(true);
  const onSecond = await events(second);
  sim.clock.advance(DAY_MS);
  await onSecond.waitFor(1, 10_000);
  // Only the news: what the first process published is not published again.
  expect(statuses(onSecond)).toEqual([`${payment.id}:PAID`]);
  await eventually(async () => second.pollers.isOwner(authorization.id));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(onSecond.received).toHaveLength(1);
});

test('a quiet owner (background only) gives its lease up to a subscriber on the other instance, which polls at the poll interval', async () => {
  // A quiet interval far longer than the test: only a live poller can produce the reads counted here.
  const quiet = { BACKGROUND_POLL_INTERVAL_MS: '600000' };
  const [a, b] = [await instance(quiet), await instance(quiet)];
  const reads = () => sim.counters.count('GET /automatic-pix/v1/authorizations/:authorizationId');
  const authorization = await createAuthorization(a);
  await eventually(async () => b.background.isWatching(authorization.id), 10_000);
  const owner = await soleOwner([a, b], authorization.id);
  const other = owner === a ? b : a;
  expect(owner.pollers.isQuiet(authorization.id)).toBe(true);

  const updates = subscribe(other.wsUrl, 'subscription($id: ID!) { automaticPixAuthorizationUpdated(id: $id) { id } }', { id: authorization.id });
  subs.push(updates);
  await updates.waitFor(1, 10_000);
  // The subscriber's instance takes the quiet lease over at once and probes every poll interval (100 ms).
  // (The former owner learns it lost the lease at its next quiet tick, before probing: no read from it.)
  await eventually(async () => other.pollers.isOwner(authorization.id), 5_000);
  const start = reads();
  await eventually(async () => reads() - start >= 3, 5_000);
});
