/**
 * S5, the token stampede (T6). Cold: a fresh Paygraph takes 1,000 concurrent requests right after
 * start-up; start-up and the requests together must make exactly one token call. TTL: with 2-second tokens, a burst and
 * then steady load must see one token call per refresh window and never send an expired token.
 */
import { join } from 'node:path';
import { failureCount, runLoad, type LoadRequest } from '../lib/load';
import { globalId, graphqlCode, graphqlPost, s1Body } from '../lib/requests';
import { createCharge } from '../lib/seed';
import { startSimulator, type Simulator } from '../lib/simulator';
import { withPaygraph, type Paygraph } from '../lib/sut';
import { round } from '../lib/stats';
import { quiesce } from '../lib/measure';
import { log } from '../lib/log';
import type { RunContext } from '../lib/context';
import type { S1Charge } from './s0-s1';

export async function scenarioS5(ctx: RunContext, sim: Simulator, charge: S1Charge): Promise<Record<string, unknown>> {
  // A slow token endpoint widens the stampede window. Counted from before the process starts:
  // Paygraph checks its webhook secrets at start-up (one Astra call, so one token call) before it
  // reports ready, so "cold" is the whole life of the process: start-up + 1,000 concurrent
  // requests must make exactly one token call between them.
  await sim.setFaults({ latencyMs: 300, errorRate: 0, hangRate: 0, routeFilter: null });
  // Whatever an earlier scenario's process still had in flight must not be counted here.
  await quiesce(sim);
  await sim.child.ask('resetAll');
  const cold = await withPaygraph({ sim, logFile: join(ctx.logDir, 'paygraph-cold.stderr.log'), entry: ctx.sutEntry }, (fresh) => coldStampede(sim, fresh, charge));
  return { cold, ttl: await refreshWindows(ctx) };
}

async function coldStampede(sim: Simulator, paygraph: Paygraph, charge: S1Charge): Promise<Record<string, unknown>> {
  const m = await runLoad({
    url: paygraph.url,
    request: graphqlPost(s1Body(charge.id)),
    connections: 1_000,
    amount: 1_000,
    timeoutSec: 30,
    validate: (body) => body.includes(charge.txid) && !body.includes('"errors"'),
    classify: graphqlCode,
  });
  const stats = await sim.stats();
  const tokenCalls = stats.routes['POST /oauth/v1/token'] ?? 0;
  const failures = failureCount(m);
  log(`S5 cold: ${m.requests} answered in ${m.elapsedMs.toFixed(0)} ms, token calls ${tokenCalls}, failures ${failures}`);
  return {
    requests: m.requests,
    concurrent: 1_000,
    tokenLatencyMs: 300,
    elapsedMs: round(m.elapsedMs, 0),
    tokenCalls,
    failures,
    failureKinds: m.failureKinds,
    pass: tokenCalls === 1 && failures === 0 && m.requests === 1_000,
  };
}

/** A simulator and a Paygraph of their own: the token lifetime is a simulator setting. */
async function refreshWindows(ctx: RunContext): Promise<Record<string, unknown>> {
  const { settings } = ctx;
  const ttlSeconds = 2;
  const sim = await startSimulator({ tokenTtlSeconds: ttlSeconds, logFile: join(ctx.logDir, 'simulator-ttl.log') });
  try {
    const txid = await createCharge(sim, 10, 'bench-s5');
    const id = globalId('PixCharge', txid);
    await sim.setFaults({ latencyMs: 20 });
    return await withPaygraph({ sim, logFile: join(ctx.logDir, 'paygraph-ttl.stderr.log'), entry: ctx.sutEntry }, async (paygraph) => {
      await sim.child.ask('resetAll');
      const request: LoadRequest = graphqlPost(s1Body(id));
      const validate = (body: string) => body.includes(txid) && !body.includes('"errors"');
      const startedNs = process.hrtime.bigint();
      const burst = await runLoad({ url: paygraph.url, request, connections: 1_000, amount: settings.s5BurstRequests, timeoutSec: 30, validate, classify: graphqlCode });
      const steady = await runLoad({ url: paygraph.url, request, connections: 50, durationSec: settings.s5SteadySec, validate, classify: graphqlCode });
      const elapsedMs = Number(process.hrtime.bigint() - startedNs) / 1e6;
      const calls = (await sim.child.ask<string[]>('tokenCalls')).map((ns) => BigInt(ns));
      const statuses = (await sim.child.ask<{ statuses: Record<string, number> }>('txHistogram')).statuses;
      const unauthorized = Object.entries(statuses)
        .filter(([key]) => key.endsWith(' 401'))
        .reduce((sum, [, count]) => sum + count, 0);
      const gapsMs = calls.slice(1).map((ns, i) => Number(ns - calls[i]) / 1e6);
      const failures = failureCount(burst) + failureCount(steady);
      // Paygraph refreshes ahead of expiry with the margin capped at half the token's lifetime
      // (measured from the start of the token call), so under load there is one call per window of
      // roughly TTL/2. A duplicate (two calls for one window, i.e. a broken single flight) would show
      // as a gap far below TTL/2; a gap above the TTL, or any 401, would mean an expired token was sent.
      const window = (ttlSeconds * 1000) / 2;
      const minGap = gapsMs.length ? Math.min(...gapsMs) : NaN;
      const maxGap = gapsMs.length ? Math.max(...gapsMs) : NaN;
      const expectedMax = 1 + Math.ceil(elapsedMs / (window * 0.75));
      const pass =
        failures === 0 && unauthorized === 0 && calls.length >= 1 && calls.length <= expectedMax && (gapsMs.length === 0 || (minGap >= window / 2 && maxGap < ttlSeconds * 1000));
      log(
        `S5 TTL ${ttlSeconds}s: ${burst.requests + steady.requests} requests over ${(elapsedMs / 1000).toFixed(1)} s, ${calls.length} token calls (≤ ${expectedMax}), gaps ${round(minGap, 0)}–${round(maxGap, 0)} ms, failures ${failures}`,
      );
      return {
        ttlSeconds,
        burst: { connections: 1_000, requests: burst.requests, failures: failureCount(burst) },
        steady: { connections: 50, requests: steady.requests, rps: round(steady.rps, 1), failures: failureCount(steady) },
        elapsedMs: round(elapsedMs, 0),
        tokenCalls: calls.length,
        expectedMax,
        gapsMs: gapsMs.map((gap) => round(gap, 0)),
        upstream401: unauthorized,
        failureKinds: { ...burst.failureKinds, ...steady.failureKinds },
        pass,
      };
    });
  } finally {
    await sim.child.stop();
  }
}
