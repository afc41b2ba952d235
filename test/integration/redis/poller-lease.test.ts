import { createRedis, waitForRedis, type Redis } from '../../../src/state/redis';
import { createPagstarDatasource, type PagstarDatasource } from '../../../src/datasources/pagstar';
import { pagstarSubjectWatcher } from '../../../src/datasources/pagstar/pix-charges/charge-watch';
import { SubjectPollers } from '../../../src/events/poller';
import { RedisPollerLeases } from '../../../src/events/poller-lease';
import { MemoryEventBus } from '../../../src/events/memory-event-bus';
import { PixChargeEventType } from '../../../src/domain/pix-charges/events';
import { startPagstarSimulator, type PagstarSimulator } from '@paygraph/sandbox/pagstar';
import type { PagstarEndpoint } from '../../../src/datasources/pagstar/settings';
import { createLogger } from '../../../src/logger';
import { eventually } from '../../helpers/paygraph';
import { SHARED_REDIS_URL, deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';

/**
 * Issue 9: 50 subscribers spread over two instances make ONE poller. Each "instance" has its own
 * Pagstar datasource (its HEAD /check calls counted), its own Redis connection and SubjectPollers;
 * they share Redis (leases) and one event bus object standing in for the shared (Redis) bus.
 */
const POLICY = { timeoutMs: 10_000, deadlineMs: 20_000, retryLimit: 0 };
const INTERVAL_MS = 20;

let sim: PagstarSimulator;
const inspector = testRedisClient();
const connections: Redis[] = [];
const allPollers: SubjectPollers[] = [];
let prefix: string;

beforeAll(async () => {
  sim = await startPagstarSimulator({ sandboxDelayMs: 0 });
});
beforeEach(() => {
  prefix = uniquePrefix('poller-lease');
});
afterEach(async () => {
  for (const pollers of allPollers.splice(0)) pollers.close();
  for (const redis of connections.splice(0)) if (redis.status === 'ready') await redis.quit();
  await deletePrefix(inspector, prefix);
});
afterAll(async () => {
  await sim.close();
  await inspector.quit();
});

interface Instance {
  pix: PagstarDatasource['charges'];
  pollers: SubjectPollers;
  heads: { count: number };
  watch: (globalId: string, reference: string) => () => void;
}

async function instance(bus: MemoryEventBus): Promise<Instance> {
  const heads = { count: 0 };
  const countingFetch: typeof fetch = async (input, init) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (req.method === 'HEAD') heads.count++;
    return fetch(req);
  };
  const endpoint: PagstarEndpoint = {
    baseUrl: sim.baseUrl,
    tenantId: sim.tenantId,
    userAgent: 'Paygraph Tests (ops@example.com)',
    auth: { kind: 'static', token: sim.staticToken },
    environment: 'test',
  };
  const { charges: pix } = createPagstarDatasource(endpoint, POLICY, { fetch: countingFetch });
  const redis = createRedis(SHARED_REDIS_URL);
  connections.push(redis);
  await waitForRedis(redis);
  const pollers = new SubjectPollers({ intervalMs: INTERVAL_MS, maxConcurrency: 8, leases: new RedisPollerLeases(redis, prefix), leaseGraceMs: 2_000 });
  allPollers.push(pollers);
  const watcher = pagstarSubjectWatcher({ pix, bus, logger: createLogger('silent') }, pollers);
  return { pix, pollers, heads, watch: (globalId, reference) => watcher('PAGSTAR', globalId, reference)! };
}

const checkRoute = () => Object.entries(sim.counters.snapshot()).filter(([route]) => route.startsWith('HEAD ') && route.endsWith('/check'));
const simChecks = () => checkRoute().reduce((sum, [, count]) => sum + count, 0);

test('50 subscribers over two instances: one poller; the owner leaves, the other takes over and publishes', async () => {
  const bus = new MemoryEventBus();
  const [a, b] = [await instance(bus), await instance(bus)];
  const charge = await a.pix.createCharge({ amountCents: 1_000 });
  const checksBefore = simChecks();

  const stopA = Array.from({ length: 25 }, () => a.watch(charge.id, charge.txid));
  const stopB = Array.from({ length: 25 }, () => b.watch(charge.id, charge.txid));
  expect(a.pollers.watchers(charge.id) + b.pollers.watchers(charge.id)).toBe(50);
  // Let the owner probe at least 20 times: the other must not have probed once.
  await eventually(async () => simChecks() - checksBefore >= 20, 10_000);
  const [owner, standby, stopOwner] = a.heads.count > 0 ? [a, b, stopA] : [b, a, stopB];
  expect(standby.heads.count).toBe(0);
  expect(owner.pollers.isOwner(charge.id)).toBe(true);
  expect(standby.pollers.isOwner(charge.id)).toBe(false);
  // The simulator counts a check when it answers, the proxy when it forwards: equal once none is in flight.
  await eventually(async () => simChecks() - checksBefore === owner.heads.count);

  // The owner's subscribers all leave: its poller stops and releases the lease; the standby takes over.
  const ownerChecks = () => owner.heads.count;
  for (const stop of stopOwner) stop();
  expect(owner.pollers.isPolling(charge.id)).toBe(false);
  const ownerFinal = ownerChecks();
  await eventually(async () => standby.heads.count >= 5, 10_000);
  expect(standby.pollers.isOwner(charge.id)).toBe(true);
  expect(owner.heads.count).toBe(ownerFinal);
  await eventually(async () => simChecks() - checksBefore === owner.heads.count + standby.heads.count);

  // The new owner sees the payment and publishes it on the shared bus, once.
  const events = bus.subscribe({ subjectId: charge.id });
  const next = events.next();
  expect(await sim.payDeposit(charge.txid)).toBe(true);
  const { value } = await next;
  expect(value).toMatchObject({ type: PixChargeEventType.PIX_CHARGE_PAID, subjectId: charge.id });
  await eventually(async () => !standby.pollers.isPolling(charge.id));
  await events.return?.();
  // A terminal state ends the poller and frees the lease.
  expect(await inspector.exists(`${prefix}poller-lease:${charge.id}`)).toBe(0);
  console.log(
    `poller-lease: ${owner.heads.count} checks by the first owner, 0 by the standby while it owned; after hand-over ${standby.heads.count} by the new owner; sim total ${simChecks() - checksBefore}`,
  );
});

test('an owner that dies without releasing: its lease lapses and the standby takes over', async () => {
  const bus = new MemoryEventBus();
  const [a, b] = [await instance(bus), await instance(bus)];
  const charge = await a.pix.createCharge({ amountCents: 1_000 });
  a.watch(charge.id, charge.txid);
  await eventually(async () => a.heads.count >= 3);
  b.watch(charge.id, charge.txid);
  const leaseKey = `${prefix}poller-lease:${charge.id}`;
  expect(await inspector.get(leaseKey)).not.toBeNull();
  // "Dies": its Redis connection is cut first, so the release its shutdown attempts never arrives.
  await connections[0].quit();
  allPollers[0].close();
  expect(await inspector.get(leaseKey)).not.toBeNull();
  expect(b.heads.count).toBe(0);
  // The lease lapses (next planned probe + 2 s grace) and the standby's periodic retry takes it.
  await eventually(async () => b.heads.count >= 3, 10_000);
  expect(await inspector.get(leaseKey)).not.toBeNull();
  expect(b.pollers.isOwner(charge.id)).toBe(true);
});

test('memory mode (no leases): every instance polls what it watches, as before', async () => {
  const bus = new MemoryEventBus();
  const pix = (await instance(bus)).pix;
  const pollers = new SubjectPollers({ intervalMs: INTERVAL_MS, maxConcurrency: 8 });
  allPollers.push(pollers);
  const charge = await pix.createCharge({ amountCents: 1_000 });
  pagstarSubjectWatcher({ pix, bus, logger: createLogger('silent') }, pollers)('PAGSTAR', charge.id, charge.txid);
  expect(pollers.isOwner(charge.id)).toBe(true);
  const before = simChecks();
  await eventually(async () => simChecks() - before >= 3);
  expect(await inspector.keys(`${prefix}*`)).toEqual([]);
});
