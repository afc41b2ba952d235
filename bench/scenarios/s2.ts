/**
 * S2: a page of 50 charges with a nested refund count, over the 60 seeded charges (lib/seed.ts).
 * T5 (no N+1): each query must make exactly two upstream calls, the charge list and one refund scan
 * (a naive resolver makes 51). Checked one query at a time, then as calls per query under load.
 */
import { failureCount, runLoad } from '../lib/load';
import { measure, paygraphTarget, quiesce, routeDeltas } from '../lib/measure';
import { S2_QUERY, graphqlPost } from '../lib/requests';
import { round } from '../lib/stats';
import { log } from '../lib/log';
import type { RunContext } from '../lib/context';
import type { Simulator } from '../lib/simulator';
import type { Paygraph } from '../lib/sut';

export async function scenarioS2(ctx: RunContext, sim: Simulator, paygraph: Paygraph): Promise<Record<string, unknown>> {
  const { settings } = ctx;
  await sim.setFaults({ latencyMs: 20, errorRate: 0, hangRate: 0, routeFilter: null });
  const target = paygraphTarget(
    'layer',
    paygraph,
    graphqlPost(JSON.stringify({ query: S2_QUERY, operationName: 'S2' })),
    (body) => !body.includes('"errors"') && (body.match(/"totalCount"/g)?.length ?? 0) === 50,
  );
  // Per-query exactness: a few queries one at a time, each must make exactly list + refund scan.
  const minimum = { 'GET /charge/v1/dynamic': 1, 'GET /charge/v1/refund': 1 };
  const perQuery: Array<Record<string, number>> = [];
  // Requests a slow target of the previous scenario still serves must not land in a probe's count.
  await quiesce(sim);
  await paygraph.gql(S2_QUERY); // the process's first token call is not part of any query's count
  for (let i = 0; i < 5; i++) {
    const before = await sim.stats();
    const result = await paygraph.gql(S2_QUERY);
    const after = await sim.stats();
    if (result.errors) throw new Error(`S2 probe failed: ${JSON.stringify(result.errors).slice(0, 300)}`);
    perQuery.push(routeDeltas(before.routes, after.routes));
  }
  const exact = perQuery.every((calls) => JSON.stringify(calls) === JSON.stringify(minimum));
  const runsOut: Record<string, unknown>[] = [];
  for (const { connections, durationSec } of settings.s2) {
    log(`S2 20 ms / ${connections}c: warm-up`);
    await runLoad({ url: target.url, request: target.request, connections, durationSec: Math.min(settings.warmupSec, 3), validate: target.validate });
    await quiesce(sim);
    const before = await sim.stats();
    const m = await measure(target, sim, connections, durationSec);
    await quiesce(sim);
    const after = await sim.stats();
    const upstreamTotal = after.total - before.total;
    const upstreamByRoute = routeDeltas(before.routes, after.routes);
    // Every answered query made exactly its 2 calls; queries cut off at the end of the run made 0
    // or 2 (they were still served): 2 × answered ≤ calls ≤ 2 × sent.
    const perQueryAvg = upstreamTotal / Math.max(1, m.sent);
    const excess = upstreamTotal - 2 * m.requests;
    log(
      `S2 ${connections}c: ${m.rps.toFixed(0)} req/s p50 ${m.latencyMs.p50} p99 ${m.latencyMs.p99} cpu ${m.cpuMsPerReq} ms/req, upstream ${JSON.stringify(upstreamByRoute)} for ${m.requests} answered / ${m.sent} sent queries`,
    );
    runsOut.push({
      connections,
      rps: round(m.rps, 1),
      p50: m.latencyMs.p50,
      p99: m.latencyMs.p99,
      cpuMsPerReq: m.cpuMsPerReq,
      rssMaxMB: m.rssMaxMB,
      gcShareOfCpu: m.gcShareOfCpu,
      heapUsedMB: m.heapUsedMB,
      failures: failureCount(m),
      failureKinds: m.failureKinds,
      queries: m.requests,
      upstream: upstreamByRoute,
      sent: m.sent,
      upstreamCalls: upstreamTotal,
      upstreamPerQuery: round(perQueryAvg, 3),
      excessCalls: excess,
      withinInflightSlack: upstreamTotal >= 2 * m.requests && upstreamTotal <= 2 * m.sent && upstreamTotal % 2 === 0,
    });
  }
  return { minimum, perQueryProbe: perQuery, exact, runs: runsOut };
}
