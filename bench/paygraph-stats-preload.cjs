'use strict';
/**
 * Loaded into the Paygraph process under test with `node --require` (bench/lib/sut.ts), so that
 * Paygraph itself carries no benchmark code: a loopback-only HTTP server on BENCH_STATS_PORT answers
 * `GET /__bench/stats` (docs/performance.md, "Method") with CPU, memory and heap spaces,
 * event-loop utilization since the previous call, and GC pauses by kind. `?gc=1` forces a full GC
 * first (heap after GC). It shares Paygraph's event loop and heap, so what it reports is Paygraph's.
 *
 * Plain CommonJS, not TypeScript: the bench runs Paygraph from `dist/` without ts-node, and loading
 * ts-node into the measured process would change what is measured (require hook, stack traces).
 */
const { createServer } = require('node:http');
const { PerformanceObserver, constants, performance } = require('node:perf_hooks');
const { getHeapSpaceStatistics, setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');

const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

const port = Number(process.env.BENCH_STATS_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('paygraph-stats-preload: BENCH_STATS_PORT must be a port number');

const gc = { count: {}, ms: {} };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = GC_KINDS[entry.detail?.kind ?? -1] ?? 'other';
    gc.count[kind] = (gc.count[kind] ?? 0) + 1;
    gc.ms[kind] = (gc.ms[kind] ?? 0) + entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

let lastElu = performance.eventLoopUtilization();
let forceGc;

function snapshot(runGc) {
  if (runGc) {
    // Paygraph does not run with --expose-gc; enabling it here keeps its command line as in production.
    if (!forceGc) {
      setFlagsFromString('--expose-gc');
      forceGc = runInNewContext('gc');
    }
    forceGc();
  }
  const elu = performance.eventLoopUtilization(lastElu);
  lastElu = performance.eventLoopUtilization();
  return {
    pid: process.pid,
    cpu: process.cpuUsage(),
    memory: process.memoryUsage(),
    heapSpaces: Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, { used: space.space_used_size, size: space.space_size }])),
    eventLoopUtilization: elu.utilization,
    gc: { count: { ...gc.count }, ms: Object.fromEntries(Object.entries(gc.ms).map(([kind, ms]) => [kind, Math.round(ms * 10) / 10])) },
  };
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method !== 'GET' || url.pathname !== '/__bench/stats') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(snapshot(url.searchParams.get('gc') === '1')));
});
// A port taken between the driver's freePort() and here must fail the start loudly, not silently
// leave the bench without GC numbers.
server.on('error', (error) => {
  throw error;
});
server.listen(port, '127.0.0.1');
// Never the reason Paygraph stays up: its own shutdown decides when the process ends.
server.unref();
