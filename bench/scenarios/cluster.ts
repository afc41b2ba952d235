/**
 * Scaling across cores (issue 15): S1 at 20 ms upstream against one Paygraph process (alone on
 * core 0, as everywhere else) and against 2 worker processes behind one port with node:cluster
 * (bench/cluster-entry.cjs) spread over both cores, side by side in one grid point. Throughput is
 * the figure; CPU per request is not summed over the workers. On this 2-core machine the second
 * worker shares core 1 with the simulator and autocannon, so the gain shown is a lower bound.
 */
import { join } from 'node:path';
import { gridPoint, type GridPoint } from '../lib/grid-point';
import { paygraphTarget, type Target } from '../lib/measure';
import { graphqlPost, s1Body } from '../lib/requests';
import { ROOT } from '../lib/proc';
import { startPaygraph, type Paygraph } from '../lib/sut';
import type { RunContext } from '../lib/context';
import type { Simulator } from '../lib/simulator';
import type { S1Charge } from './s0-s1';

export async function scenarioCluster(ctx: RunContext, sim: Simulator, charge: S1Charge, paygraph: Paygraph, connections: number): Promise<GridPoint> {
  const workers = await startPaygraph({
    sim,
    name: 'paygraph-cluster-2',
    entry: join(ROOT, 'bench', 'cluster-entry.cjs'),
    core: '0,1',
    statsPreload: false,
    env: { CLUSTER_WORKERS: '2', PAYGRAPH_ENTRY: ctx.sutEntry ?? join(ROOT, 'dist', 'index.js') },
    logFile: join(ctx.logDir, 'paygraph-cluster.stderr.log'),
  });
  try {
    const request = graphqlPost(s1Body(charge.id, 'S1'));
    const validate = (body: string) => body.includes(`"txid":"${charge.txid}"`) && !body.includes('"errors"');
    const one = paygraphTarget('layer', paygraph, request, validate);
    const two: Target = { name: 'cluster-2', url: workers.url, request, validate };
    return await gridPoint(ctx.settings, 'S1', sim, 20, connections, [one, two]);
  } finally {
    await workers.child.stop();
  }
}
