'use strict';
/**
 * N Paygraph worker processes behind one port with node:cluster (docs/performance.md, "Scaling
 * across cores"): the primary only forks and restarts nothing; each worker runs Paygraph's real
 * entry point (PAYGRAPH_ENTRY, default dist/index.js) and the primary hands connections out round
 * robin. Plain CommonJS like paygraph-stats-preload.cjs: nothing extra is loaded into the workers.
 *
 * Env: CLUSTER_WORKERS (default 2), PAYGRAPH_ENTRY, plus Paygraph's own environment.
 */
const cluster = require('node:cluster');
const { join } = require('node:path');

if (cluster.isPrimary) {
  const workers = Number(process.env.CLUSTER_WORKERS ?? 2);
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  cluster.on('exit', () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
} else {
  require(process.env.PAYGRAPH_ENTRY ?? join(__dirname, '..', 'dist', 'index.js'));
}
