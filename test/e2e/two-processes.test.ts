import { SHARED_REDIS_URL, testRedisClient } from '../helpers/redis';
import { twoInstanceSuite } from './two-instances-suite';

/** Two real Paygraph processes on one Redis server (the scenarios: two-instances-suite.ts). */
jest.setTimeout(120_000);

twoInstanceSuite('two instances on one Redis', async () => ({ redisUrl: SHARED_REDIS_URL, admin: () => testRedisClient() }));
