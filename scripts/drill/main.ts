import { runDrill } from './drill';
import { formatReport, writeReport } from './report';

/**
 * `npm run drill`: the full failure drill (75 s of load, 300 subscribers, loopback only). Prints
 * the table, writes test-output/drill.json and exits 1 on any invariant violation.
 * DRILL_LOAD_MS / DRILL_SUBSCRIBERS / REDIS_URL override the defaults.
 */
async function main(): Promise<void> {
  const report = await runDrill({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    loadMs: Number(process.env.DRILL_LOAD_MS ?? 75_000),
    subscribers: Number(process.env.DRILL_SUBSCRIBERS ?? 300),
    readers: 3,
    mutators: 3,
    haproxyLog: process.env.DRILL_HAPROXY_LOG,
    log: (line) => process.stderr.write(`[drill] ${line}\n`),
  });
  const file = writeReport(report);
  process.stdout.write(`${formatReport(report)}\n\nJSON: ${file}\n`);
  // Exit now: a socket some client library keeps open must not hold a bounded drill open.
  process.exit(report.violations.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`[drill] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
