import { ConfigError, loadConfig } from '../../src/config';

/** REDIS_URL names one server, REDIS_CLUSTER_NODES a Redis Cluster (docs/deploy.md, "Redis Cluster"). */
describe('Redis configuration', () => {
  test('REDIS_CLUSTER_NODES: host:port and redis[s]:// seed nodes, with the key prefix', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, redis-b.internal:7001' }).redis).toEqual({
      clusterNodes: ['10.0.0.1:7000', 'redis-b.internal:7001'],
      keyPrefix: 'paygraph:',
      waitReplicas: 0,
    });
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'rediss://user:pw@redis-a:6380', REDIS_KEY_PREFIX: 'prod:' }).redis).toEqual({
      clusterNodes: ['rediss://user:pw@redis-a:6380'],
      keyPrefix: 'prod:',
      waitReplicas: 0,
    });
  });

  test('REDIS_URL alone is one server; neither is memory', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'paygraph:', waitReplicas: 0 });
    expect(loadConfig({}).redis).toBeUndefined();
  });

  test('REDIS_WAIT_REPLICAS: replicas a promised write waits for, 0 to 5', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'a:7000', REDIS_WAIT_REPLICAS: '1' }).redis).toMatchObject({ waitReplicas: 1 });
    expect(() => loadConfig({ REDIS_URL: 'redis://a:6379', REDIS_WAIT_REPLICAS: '6' })).toThrow(/REDIS_WAIT_REPLICAS/);
  });

  test.each([
    [{ REDIS_URL: 'redis://a:6379', REDIS_CLUSTER_NODES: 'b:7000' }, /set one of them/],
    [{ REDIS_CLUSTER_NODES: 'b' }, /REDIS_CLUSTER_NODES/],
    [{ REDIS_CLUSTER_NODES: 'b:7000,,c:7001' }, /REDIS_CLUSTER_NODES/],
    [{ REDIS_CLUSTER_NODES: 'http://b:7000' }, /REDIS_CLUSTER_NODES/],
  ])('refused: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
