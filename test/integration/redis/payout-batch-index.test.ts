import type { Redis } from 'ioredis';
import { payoutBatchIndexFor } from '../../../src/state/stores';
import type { SharedState } from '../../../src/state/shared-state';
import { deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';

let redis: Redis;
const prefix = uniquePrefix('payout-index');

beforeAll(() => {
  redis = testRedisClient();
});
afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

const states = (): SharedState[] => [
  { kind: 'redis', redis, keyPrefix: prefix, isReady: () => true, close: () => Promise.resolve() },
  { kind: 'memory', keyPrefix: prefix, isReady: () => true, close: () => Promise.resolve() },
];

describe.each(states().map((state) => [state.kind, state] as const))('payout batch index (%s)', (_kind, state) => {
  test('newest first, per client and provider, a retried create listed once, paged', async () => {
    const index = payoutBatchIndexFor(state);
    await index.add('client-a', 'ASTRA', 'B1');
    // Different milliseconds for the Redis scores: wait for the clock to move, not a fixed time.
    for (const start = Date.now(); Date.now() === start;) await Promise.resolve();
    await index.add('client-a', 'ASTRA', 'B2');
    await index.add('client-a', 'ASTRA', 'B1');
    await index.add('client-b', 'ASTRA', 'B9');
    expect(await index.page('client-a', 'ASTRA', 0, 10)).toEqual({ ids: ['B2', 'B1'], total: 2 });
    expect(await index.page('client-a', 'ASTRA', 1, 1)).toEqual({ ids: ['B1'], total: 2 });
    expect(await index.page('client-a', 'PAGSTAR', 0, 10)).toEqual({ ids: [], total: 0 });
    expect(await index.page('client-b', 'ASTRA', 0, 10)).toEqual({ ids: ['B9'], total: 1 });
  });
});
