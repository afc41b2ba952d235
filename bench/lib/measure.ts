/**
 * One measured load run against one target: the load itself (lib/load.ts) plus what it cost the
 * process under test (CPU and RSS from /proc, GC from Paygraph's /__bench/stats) and which
 * upstream calls it made (the simulator's route counters, before and after).
 */
import { runLoad, type LoadRequest, type LoadResult } from './load';
import { cpuMs, sampleRss } from './proc-metrics';
import { sleep } from './proc';
import { round } from './stats';
import { graphqlCode } from './requests';
import type { Simulator } from './simulator';
import type { TargetName } from './cli';
import type { Paygraph } from './sut';

export interface Target {
  /** A TargetName, or a scenario's own label. */
  name: string;
  url: string;
  request: LoadRequest;
  validate: (body: string) => boolean;
  /** The measured process (CPU, RSS); none for direct (the simulator shares the load core). */
  pid?: number;
  /** Paygraph's GET /__bench/stats (bench/paygraph-stats-preload.cjs): GC pauses and heap. */
  statsUrl?: string;
}

interface BenchStats {
  memory: { rss: number; heapUsed: number; heapTotal: number; external: number };
  gc: { count: Record<string, number>; ms: Record<string, number> };
  eventLoopUtilization: number;
}

/** Paygraph's own view of its heap and GC; undefined when the target has none (direct, proxy). */
export async function benchStats(url: string | undefined, gc = false): Promise<BenchStats | undefined> {
  if (!url) return undefined;
  try {
    return (await (await fetch(gc ? `${url}?gc=1` : url)).json()) as BenchStats;
  } catch {
    return undefined;
  }
}

/** A Paygraph build as a measured target: its CPU and RSS from /proc, GC and heap from /__bench/stats. */
export function paygraphTarget(name: TargetName, paygraph: Paygraph, request: LoadRequest, validate: Target['validate']): Target {
  return { name, url: paygraph.url, request, validate, pid: paygraph.child.pid, statsUrl: paygraph.statsUrl };
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

/** Calls per simulator route between two snapshots of its counters; routes not called are left out. */
export function routeDeltas(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const deltas: Record<string, number> = {};
  for (const [route, count] of Object.entries(after)) {
    const delta = count - (before[route] ?? 0);
    if (delta > 0) deltas[route] = delta;
  }
  return deltas;
}

export interface Measured extends LoadResult {
  cpuMsPerReq?: number;
  cpuUtil?: number;
  rssMaxMB?: number;
  upstream?: Record<string, number>;
  gcMsPerReq?: number;
  gcShareOfCpu?: number;
  heapUsedMB?: number;
}

export async function measure(target: Target, sim: Simulator, connections: number, durationSec: number, extra: Partial<Parameters<typeof runLoad>[0]> = {}): Promise<Measured> {
  const statsBefore = await sim.stats();
  const benchBefore = await benchStats(target.statsUrl);
  const before = target.pid ? cpuMs(target.pid) : 0;
  const rss = target.pid ? sampleRss(target.pid) : undefined;
  const result = await runLoad({
    url: target.url,
    request: target.request,
    connections,
    durationSec,
    validate: target.validate,
    classify: graphqlCode,
    ...extra,
  });
  const memory = rss?.stop();
  const after = target.pid ? cpuMs(target.pid) : 0;
  const benchAfter = await benchStats(target.statsUrl);
  const statsAfter = await sim.stats();
  const upstream = routeDeltas(statsBefore.routes, statsAfter.routes);
  const measured: Measured = { ...result, upstream };
  if (target.pid) {
    measured.cpuMsPerReq = round((after - before) / Math.max(1, result.requests), 4);
    measured.cpuUtil = round((after - before) / result.elapsedMs, 3);
    measured.rssMaxMB = round(memory!.maxBytes / 1_048_576, 1);
  }
  if (benchBefore && benchAfter) {
    const gcMs = sum(benchAfter.gc.ms) - sum(benchBefore.gc.ms);
    measured.gcMsPerReq = round(gcMs / Math.max(1, result.requests), 4);
    measured.gcShareOfCpu = round(gcMs / Math.max(1, after - before), 3);
    measured.heapUsedMB = round(benchAfter.memory.heapUsed / 1_048_576, 1);
  }
  return measured;
}

/**
 * Waits until the simulator's call counter stops moving (bounded): requests cut off at the end of
 * a load run are still being served by the SUT, and their upstream calls must land in the right run.
 */
export async function quiesce(sim: Simulator, stableMs = 300, maxMs = 15_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = (await sim.stats()).total;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(50);
    const total = (await sim.stats()).total;
    if (total !== last) {
      last = total;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= stableMs) return;
  }
}
