import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Redis, { Cluster } from 'ioredis';
import { freePort } from './ports';
import { waitUntilPing } from './redis';

const run = promisify(execFile);

/**
 * A real Redis Cluster for tests, from Debian's `redis-server` and `redis-cli`: `primaries`
 * servers with `--cluster-enabled yes` (plus one replica each with `replicas: true`, needed for
 * failover) on free loopback ports, each in its own directory under a temp dir, joined with
 * `redis-cli --cluster create`. Nothing is kept on disk beyond the temp dir, which `stop()`
 * removes after stopping every server it started, by PID.
 */
export interface TestRedisCluster {
  /** Every node as `127.0.0.1:port` (REDIS_CLUSTER_NODES). */
  nodes: string[];
  /** A cluster client for assertions and cleanup; quit it before stop(). */
  client(): Cluster;
  /** Ports of the nodes that are primaries now. */
  primaryPorts(): Promise<number[]>;
  /** The node serving `key`'s slot as primary now. */
  primaryPortFor(key: string): Promise<number>;
  /** SIGKILL the node on `port` (no shutdown, nothing saved) and wait for it to exit. */
  kill(port: number): Promise<void>;
  /** Starts the node on `port` again (same directory and node id): it rejoins as a replica; resolves once it is in sync. */
  restart(port: number): Promise<void>;
  /** Resolves once every live node reports `cluster_state:ok` and `port` is no longer a primary. */
  waitForFailover(port: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

interface Node {
  port: number;
  args: string[];
  child: ChildProcess;
  exited: Promise<void>;
}

/** The cluster's failure detection time: a dead primary is replaced about this long after it dies. */
export const CLUSTER_NODE_TIMEOUT_MS = 1_000;

export async function startRedisCluster(options: { primaries?: number; replicas?: boolean } = {}): Promise<TestRedisCluster> {
  const primaries = options.primaries ?? 3;
  const count = options.replicas ? primaries * 2 : primaries;
  const dir = await mkdtemp(join(tmpdir(), 'paygraph-redis-cluster-'));
  const nodes: Node[] = [];
  try {
    for (let i = 0; i < count; i++) nodes.push(await startNode(dir, i));
    await Promise.all(nodes.map((node) => waitUntilPing(node.port)));
    const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
    await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', options.replicas ? '1' : '0', '--cluster-yes'], { timeout: 30_000 });
    await waitForState(nodes, 30_000);
    // Replicas start with a full sync: until it is done, a primary's death would lose its data.
    if (options.replicas) await waitForReplicasInSync(nodes, 30_000);
  } catch (error) {
    await stopNodes(nodes);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const live = () => nodes.filter((node) => node.child.exitCode === null && node.child.signalCode === null);
  const roleOf = async (port: number) => {
    const admin = adminClient(port);
    try {
      return String(await admin.call('ROLE')).split(',')[0];
    } finally {
      admin.disconnect();
    }
  };
  const primaryPorts = async () => {
    const ports: number[] = [];
    for (const node of live()) if ((await roleOf(node.port).catch(() => '')) === 'master') ports.push(node.port);
    return ports;
  };

  return {
    nodes: nodes.map((node) => `127.0.0.1:${node.port}`),
    client: () =>
      new Cluster(
        nodes.map((node) => ({ host: '127.0.0.1', port: node.port })),
        { redisOptions: { maxRetriesPerRequest: 3 } },
      ),
    primaryPorts,
    async primaryPortFor(key) {
      const admin = adminClient(live()[0].port);
      try {
        const slot = Number(await admin.call('CLUSTER', 'KEYSLOT', key));
        const ranges = (await admin.call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, ...unknown[]], ...unknown[]]>;
        const range = ranges.find(([from, to]) => slot >= from && slot <= to);
        if (!range) throw new Error(`no node serves slot ${slot}`);
        return Number(range[2][1]);
      } finally {
        admin.disconnect();
      }
    },
    async kill(port) {
      const node = nodes.find((candidate) => candidate.port === port);
      if (!node) throw new Error(`no node on port ${port}`);
      node.child.kill('SIGKILL');
      await node.exited;
    },
    async waitForFailover(port, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const ok = await Promise.all(live().map((node) => clusterStateOk(node.port)));
        if (ok.every(Boolean) && !(await slotOwners(live()[0].port)).has(port)) return;
        await sleep(100);
      }
      throw new Error(`the cluster did not replace primary ${port} within ${timeoutMs} ms`);
    },
    async restart(port) {
      const index = nodes.findIndex((candidate) => candidate.port === port);
      if (index < 0) throw new Error(`no node on port ${port}`);
      nodes[index] = spawnNode(port, nodes[index].args);
      await waitUntilPing(port);
      await waitForState(live(), 30_000);
      await waitForReplicasInSync(live(), 30_000);
    },
    async stop() {
      await stopNodes(nodes);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function startNode(dir: string, index: number): Promise<Node> {
  const port = await freePort();
  const busPort = await freePort();
  const nodeDir = join(dir, String(index));
  await run('mkdir', ['-p', nodeDir]);
  const options: Record<string, string> = {
    port: String(port),
    bind: '127.0.0.1',
    'cluster-enabled': 'yes',
    'cluster-port': String(busPort),
    'cluster-config-file': join(nodeDir, 'nodes.conf'),
    'cluster-node-timeout': String(CLUSTER_NODE_TIMEOUT_MS),
    // A replica takes over however long it was cut off from its primary.
    'cluster-replica-validity-factor': '0',
    dir: nodeDir,
    save: '',
    appendonly: 'no',
  };
  const args = Object.entries(options).flatMap(([name, value]) => [`--${name}`, value]);
  return spawnNode(port, args);
}

function spawnNode(port: number, args: string[]): Node {
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { port, args, child, exited };
}

async function stopNodes(nodes: Node[]): Promise<void> {
  for (const node of nodes) if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGKILL');
  await Promise.all(nodes.map((node) => node.exited));
}

function adminClient(port: number): Redis {
  const admin = new Redis({ host: '127.0.0.1', port, lazyConnect: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
  admin.on('error', () => {}); // a node just killed: the caller sees the failed command
  return admin;
}

/** Ports of the primaries serving some slot, as `port`'s node sees the cluster. */
async function slotOwners(port: number): Promise<Set<number>> {
  const admin = adminClient(port);
  try {
    const ranges = (await admin.call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, ...unknown[]], ...unknown[]]>;
    return new Set(ranges.map((range) => Number(range[2][1])));
  } finally {
    admin.disconnect();
  }
}

async function waitForReplicasInSync(nodes: Node[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const inSync = async (port: number) => {
    const admin = adminClient(port);
    try {
      const info = String(await admin.call('INFO', 'replication'));
      return /role:master/.test(info) || /master_link_status:up/.test(info);
    } finally {
      admin.disconnect();
    }
  };
  while (Date.now() < deadline) {
    if ((await Promise.all(nodes.map((node) => inSync(node.port)))).every(Boolean)) return;
    await sleep(100);
  }
  throw new Error(`the replicas did not finish their first sync within ${timeoutMs} ms`);
}

async function clusterStateOk(port: number): Promise<boolean> {
  const admin = adminClient(port);
  try {
    return /cluster_state:ok/.test(String(await admin.call('CLUSTER', 'INFO')));
  } catch {
    return false;
  } finally {
    admin.disconnect();
  }
}

async function waitForState(nodes: Node[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await Promise.all(nodes.map((node) => clusterStateOk(node.port)))).every(Boolean)) return;
    await sleep(100);
  }
  throw new Error(`the Redis Cluster did not reach cluster_state:ok within ${timeoutMs} ms`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
