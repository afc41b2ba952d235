/**
 * S3: createPixCharge under load, each mutation with its own idempotency key. Paygraph never
 * retries a POST: exactly one POST per logical call, counted by the simulator per x-transaction-id
 * (one id per logical call across retries).
 */
import { failureCount } from '../lib/load';
import { measure, paygraphTarget, quiesce } from '../lib/measure';
import { graphqlPost, uniqueChargeMutations } from '../lib/requests';
import { round } from '../lib/stats';
import { log } from '../lib/log';
import type { RunContext } from '../lib/context';
import type { Simulator } from '../lib/simulator';
import type { Paygraph } from '../lib/sut';

export async function scenarioS3(ctx: RunContext, sim: Simulator, paygraph: Paygraph): Promise<Record<string, unknown>> {
  await sim.setFaults({ latencyMs: 20, errorRate: 0, hangRate: 0, routeFilter: null });
  await sim.child.ask('resetAll');
  await sim.child.ask('trackOn');
  const mutations = uniqueChargeMutations({ operationName: 'S3', reference: 'bench-s3' });
  const target = paygraphTarget('layer', paygraph, graphqlPost(mutations.makeBody), (body) => body.includes('"userErrors":[]') && !body.includes('"errors"'));
  const m = await measure(target, sim, 50, ctx.settings.s3Sec);
  await quiesce(sim);
  const histogram = await sim.child.ask<{ byRoute: Record<string, Record<string, number>> }>('txHistogram');
  await sim.child.ask('trackOff');
  const posts = histogram.byRoute['POST /charge/v1/dynamic'] ?? {};
  const logicalPosts = Object.values(posts).reduce((a, b) => a + b, 0);
  const retried = Object.entries(posts)
    .filter(([attempts]) => Number(attempts) > 1)
    .reduce((a, [, c]) => a + c, 0);
  log(`S3: ${m.rps.toFixed(0)} req/s p50 ${m.latencyMs.p50} p99 ${m.latencyMs.p99}; ${m.requests} mutations answered, ${logicalPosts} POSTs, ${retried} retried`);
  return {
    rps: round(m.rps, 1),
    p50: m.latencyMs.p50,
    p99: m.latencyMs.p99,
    cpuMsPerReq: m.cpuMsPerReq,
    mutationsAnswered: m.requests,
    mutationsSent: mutations.sent(),
    posts: logicalPosts,
    attemptsHistogram: posts,
    retried,
    failures: failureCount(m),
    failureKinds: m.failureKinds,
    // Mutations sent but cut off at the end have made (or not) their POST: sent ≥ POSTs ≥ answered.
    countsOk: retried === 0 && logicalPosts >= m.requests && logicalPosts <= mutations.sent(),
  };
}
