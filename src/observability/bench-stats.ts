import { PerformanceObserver, constants, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RequestHandler } from 'express';

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/**
 * `GET /__bench/stats` for the benchmark driver (design/benchmark-plan.md §3.2), mounted only when
 * the process runs with BENCH=1: CPU, memory and heap spaces, event-loop utilization since the
 * previous call, and GC pauses by kind. `?gc=1` forces a full GC first (heap after GC).
 * Nothing here is secret, but it is a benchmarking aid, not an API: never enabled by default.
 */
export function benchStatsHandler(): RequestHandler {
  const gc = { count: {} as Record<string, number>, ms: {} as Record<string, number> };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[(entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1] ?? 'other';
      gc.count[kind] = (gc.count[kind] ?? 0) + 1;
      gc.ms[kind] = (gc.ms[kind] ?? 0) + entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let lastElu: EventLoopUtilization = performance.eventLoopUtilization();
  let forceGc: (() => void) | undefined;

  return (req, res) => {
    if (req.query.gc === '1') {
      if (!forceGc) {
        setFlagsFromString('--expose-gc');
        forceGc = runInNewContext('gc') as () => void;
      }
      forceGc();
    }
    const elu = performance.eventLoopUtilization(lastElu);
    lastElu = performance.eventLoopUtilization();
    res.setHeader('cache-control', 'no-store');
    res.json({
      pid: process.pid,
      cpu: process.cpuUsage(),
      memory: process.memoryUsage(),
      heapSpaces: Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, { used: space.space_used_size, size: space.space_size }])),
      eventLoopUtilization: elu.utilization,
      gc: { count: { ...gc.count }, ms: Object.fromEntries(Object.entries(gc.ms).map(([kind, ms]) => [kind, Math.round(ms * 10) / 10])) },
    });
  };
}
