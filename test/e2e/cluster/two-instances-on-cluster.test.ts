import { startRedisCluster } from '../../helpers/redis-cluster';
import { twoInstanceSuite } from '../two-instances-suite';

/**
 * The two-instance scenarios (webhooks across instances, one idempotency key from both, one
 * poller, events resumed with after:, restarts) with REDIS_CLUSTER_NODES on a real 3-primary
 * Redis Cluster: any multi-key command whose keys span slots fails with CROSSSLOT and fails them.
 */
jest.setTimeout(120_000);

twoInstanceSuite('two instances on a Redis Cluster', async () => {
  const redisCluster = await startRedisCluster();
  return {
    env: { REDIS_CLUSTER_NODES: redisCluster.nodes.join(',') },
    admin: () => redisCluster.client(),
    stop: () => redisCluster.stop(),
  };
});
