/**
 * The result of one run: the JSON file (bench/results/<stamp>.json, git-ignored, every repetition
 * kept) and the Markdown table printed on stdout.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GridPoint, PointSummary } from './grid-point';
import type { RunContext } from './context';
import type { Settings } from './cli';
import { LOAD_CORE } from './env';
import { primaryRuntime, type Runtime } from './runtime';

export interface TargetResult {
  id: string;
  /** null: not run, not applicable, or void. */
  pass: boolean | null;
  detail: string;
}

export interface Report {
  meta: Record<string, unknown>;
  grid: GridPoint[];
  s0?: PointSummary;
  s2?: Record<string, unknown>;
  s3?: Record<string, unknown>;
  s5?: Record<string, unknown>;
  s6?: Record<string, unknown>;
  s7?: Record<string, unknown>;
  /** S1 at 20 ms: one Paygraph process vs 2 node:cluster workers (scenarios/cluster.ts). */
  cluster?: GridPoint;
  profile?: Record<string, unknown>;
  targets: TargetResult[];
}

export function createReport(ctx: RunContext): Report {
  return {
    meta: {
      mode: ctx.settings.mode,
      startedAt: new Date().toISOString(),
      node: process.version,
      placement: { sut: 'core 0 (taskset -c 0)', load: `core ${LOAD_CORE}: simulator + driver + subscribers` },
      warmupSec: ctx.settings.warmupSec,
      durationSec: ctx.settings.durationSec,
      reps: ctx.settings.reps,
      logs: ctx.logDir,
    },
    grid: [],
    targets: [],
  };
}

/** The S1 grid point at one upstream delay and connection count, if this mode ran it. */
export function s1Point(report: Report, delayMs: number, connections: number): GridPoint | undefined {
  return report.grid.find((p) => p.scenario === 'S1' && p.delayMs === delayMs && p.connections === connections);
}

export function passLabel(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

/** Writes bench/results/<stamp>.json; returns its path. */
export function writeResultFile(ctx: RunContext, report: Report): string {
  const file = join(ctx.resultsDir, `${ctx.stamp}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

/** Keeps the results folder bounded: the 20 newest log folders. */
export function pruneOldResults(resultsDir: string): void {
  const dirs = readdirSync(resultsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}-/.test(d.name))
    .map((d) => d.name)
    .sort();
  for (const dir of dirs.slice(0, Math.max(0, dirs.length - 20))) {
    try {
      rmSync(join(resultsDir, dir), { recursive: true, force: true });
    } catch {
      // ignore
    }
  }
}

// What the Markdown table reads from each scenario's result (the scenarios return more).
interface S2Result {
  runs: Array<{
    connections: number;
    rps: number;
    p50: number;
    p99: number;
    cpuMsPerReq: number;
    gcShareOfCpu?: number;
    rssMaxMB: number;
    failures: number;
    upstreamPerQuery: number;
  }>;
}
interface S3Result {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerReq: number;
  failures: number;
  posts: number;
  retried: number;
}
interface LoadCount {
  requests: number;
  failures: number;
}
interface S5Result {
  cold?: LoadCount & { tokenLatencyMs: number; tokenCalls: number };
  ttl?: { ttlSeconds: number; burst: LoadCount; steady: LoadCount; tokenCalls: number; expectedMax: number; gapsMs: number[]; upstream401: number };
}
interface FaultRun {
  answers: Record<string, number>;
  injected: Record<'503' | 'hang', number>;
  attemptsPerLogicalCall: Record<string, number>;
  untypedFailures: number;
}
interface S6Result {
  get: FaultRun;
  post: FaultRun;
  retryLimit: number;
  exhaustedCall: { errorCode: string; attempts: number };
}
interface S7Result {
  subscribers: number;
  events: number;
  burst: number;
  delivered: number;
  expectedDeliveries: number;
  latencyMs: { p50: number; p99: number; max: number };
  burstLatencyMs?: { p99: number };
  serverCpuMsPerEvent: number;
  heapPerSubscriberKB?: number;
  t0: string;
}

/** The runtimes recorded in report.meta.runtime by run.ts (absent in reports made before issue 29). */
function runtimesOf(report: Report): { primary: Runtime; side: Runtime[]; notes: string[]; load: string } {
  const recorded = report.meta.runtime as { primary: Runtime; side: Runtime[]; notes: string[]; load: string } | undefined;
  return recorded ?? { primary: primaryRuntime(), side: [], notes: [], load: process.version };
}

/**
 * The Node version a row was measured on: a side runtime's targets carry its label (`layer@node24`),
 * the direct floor is the simulator (load side), every other target runs on the primary runtime.
 */
export function rowRuntime(report: Report, target: string): string {
  const { primary, side, load } = runtimesOf(report);
  if (target === 'direct') return `${load} (simulator)`;
  const label = target.split('@')[1];
  return (label && side.find((runtime) => runtime.label === label)?.version) || primary.version;
}

export function markdown(report: Report, settings: Settings): string {
  const lines: string[] = [];
  const runtimes = runtimesOf(report);
  lines.push(`## Paygraph bench — ${settings.mode} — ${report.meta.startedAt as string}`, '');
  lines.push(
    `Measured processes on Node ${runtimes.primary.version}${runtimes.side.map((r) => `, and on Node ${r.version} beside them in S0/S1 (targets @${r.label})`).join('')}; driver and simulator on Node ${runtimes.load}. SUT on core 0, simulator + autocannon on core 1; warm-up ${settings.warmupSec} s, ${settings.reps} × ${settings.durationSec} s, medians.`,
    '',
  );
  for (const note of runtimes.notes) lines.push(`Runtime: ${note}`, '');
  lines.push(
    '| scenario | upstream | conns | target | runtime | req/s | p50 ms | p99 ms | CPU ms/req | SUT CPU util | GC % of CPU | RSS max MB | failures | R_tput | Δp50 | Δp99 | floor CV |',
  );
  lines.push('|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const row = (scenario: string, s: PointSummary, base?: PointSummary, floorCv?: number, isVoid?: boolean) => {
    const ratio = base && base !== s ? (s.rps / base.rps).toFixed(3) : '';
    const dp50 = base && base !== s ? (s.p50 - base.p50).toFixed(2) : '';
    const dp99 = base && base !== s ? (s.p99 - base.p99).toFixed(2) : '';
    const gcPct = s.gcShareOfCpu === undefined ? '' : (s.gcShareOfCpu * 100).toFixed(1);
    lines.push(
      `| ${scenario} | ${s.delayMs} ms | ${s.connections} | ${s.target} | ${rowRuntime(report, s.target)} | ${s.rps.toFixed(0)} | ${s.p50} | ${s.p99} | ${s.cpuMsPerReq ?? ''} | ${s.cpuUtil ?? ''} | ${gcPct} | ${s.rssMaxMB ?? ''} | ${s.failures} | ${ratio} | ${dp50} | ${dp99} | ${floorCv === undefined ? '' : `${(floorCv * 100).toFixed(1)}%${isVoid ? ' VOID' : ''}`} |`,
    );
  };
  if (report.s0) row('S0', report.s0);
  if (report.meta.s0Before) row('S0', report.meta.s0Before as PointSummary);
  for (const summary of (report.meta.s0Side as PointSummary[] | undefined) ?? []) row('S0', summary);
  for (const p of report.grid) {
    const base = p.summaries.direct;
    for (const s of Object.values(p.summaries)) row(p.scenario, s, base, s === Object.values(p.summaries)[0] ? p.floorCv : undefined, p.void);
  }
  const s2 = report.s2 as S2Result | undefined;
  for (const r of s2?.runs ?? []) {
    lines.push(
      `| S2 | 20 ms | ${r.connections} | layer | ${runtimes.primary.version} | ${Number(r.rps).toFixed(0)} | ${r.p50} | ${r.p99} | ${r.cpuMsPerReq} | | ${r.gcShareOfCpu === undefined ? '' : (r.gcShareOfCpu * 100).toFixed(1)} | ${r.rssMaxMB} | ${r.failures} | | | | upstream calls/query ${r.upstreamPerQuery} |`,
    );
  }
  if (report.cluster) {
    for (const s of Object.values(report.cluster.summaries)) row('S1 cluster', s, undefined, undefined, report.cluster.void);
  }
  const s3 = report.s3 as S3Result | undefined;
  if (s3)
    lines.push(
      `| S3 | 20 ms | 50 | layer | ${runtimes.primary.version} | ${Number(s3.rps).toFixed(0)} | ${s3.p50} | ${s3.p99} | ${s3.cpuMsPerReq} | | | | ${s3.failures} | | | | POSTs ${s3.posts}, retried ${s3.retried} |`,
    );
  lines.push('');
  lines.push(...peerTable(report));
  const probes = report.meta.s2Probes as Array<{ target: string; ok: boolean; refundCountSum: number; upstreamCalls: number }> | undefined;
  if (probes) {
    lines.push(
      `S2 compare, one query alone (answer checked, refund counts equal to Paygraph's): ${probes.map((p) => `${p.target} ${p.upstreamCalls} upstream calls${p.ok ? '' : ' WRONG'}`).join('; ')}`,
      '',
    );
  }
  if (typeof report.meta.gateway === 'string') lines.push(`Gateway peer: ${report.meta.gateway}`, '');
  const cluster = report.cluster?.summaries;
  if (cluster?.layer && cluster['cluster-2']) {
    lines.push(
      `Scaling: S1 20 ms/${report.cluster!.connections}c, 2 node:cluster workers (cores 0–1, core 1 shared with the load) ${cluster['cluster-2'].rps.toFixed(0)} req/s vs 1 process (core 0) ${cluster.layer.rps.toFixed(0)} req/s = ${(cluster['cluster-2'].rps / cluster.layer.rps).toFixed(2)}×`,
      '',
    );
  }
  const s5 = report.s5 as S5Result | undefined;
  if (s5) {
    lines.push(`| S5 token stampede (Node ${runtimes.primary.version}) | requests | failed | token calls | detail |`, '|---|---:|---:|---:|---|');
    if (s5.cold)
      lines.push(
        `| cold, 1,000 concurrent (token call slowed to ${s5.cold.tokenLatencyMs} ms) | ${s5.cold.requests} | ${s5.cold.failures} | ${s5.cold.tokenCalls} | expected exactly 1 |`,
      );
    if (s5.ttl)
      lines.push(
        `| TTL ${s5.ttl.ttlSeconds} s: 1,000-conn burst + ${settings.s5SteadySec} s steady | ${s5.ttl.burst.requests + s5.ttl.steady.requests} | ${s5.ttl.burst.failures + s5.ttl.steady.failures} | ${s5.ttl.tokenCalls} | ≤ ${s5.ttl.expectedMax}; gaps ${s5.ttl.gapsMs.join(', ')} ms; upstream 401s ${s5.ttl.upstream401} |`,
      );
    lines.push('');
  }
  const s6 = report.s6 as S6Result | undefined;
  if (s6) {
    lines.push(
      `| S6 faults (1% 503 + 1% hang, attempt timeout 500 ms; Node ${runtimes.primary.version}) | answers | injected 503 / hang | attempts per logical call | untyped failures |`,
      '|---|---|---|---|---:|',
    );
    lines.push(
      `| GET (S1 query) | ${JSON.stringify(s6.get.answers)} | ${s6.get.injected['503']} / ${s6.get.injected.hang} | ${JSON.stringify(s6.get.attemptsPerLogicalCall)} (limit ${1 + s6.retryLimit}) | ${s6.get.untypedFailures} |`,
    );
    lines.push(
      `| POST (createPixCharge) | ${JSON.stringify(s6.post.answers)} | ${s6.post.injected['503']} / ${s6.post.injected.hang} | ${JSON.stringify(s6.post.attemptsPerLogicalCall)} (never retried) | ${s6.post.untypedFailures} |`,
    );
    lines.push(`| GET failing every attempt | ${s6.exhaustedCall.errorCode} | | ${s6.exhaustedCall.attempts} | |`, '');
  }
  const s7 = report.s7 as S7Result | undefined;
  if (s7) {
    lines.push(
      `| S7 webhook → subscribers (Node ${runtimes.primary.version}) | delivered | p50 ms | p99 ms | max ms | burst p99 ms | server CPU ms/event | heap KB/idle subscriber |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    lines.push(
      `| ${s7.subscribers} subscribers, ${s7.events} events at 4/s + burst of ${s7.burst} | ${s7.delivered}/${s7.expectedDeliveries} | ${s7.latencyMs.p50} | ${s7.latencyMs.p99} | ${s7.latencyMs.max} | ${s7.burstLatencyMs?.p99 ?? ''} | ${s7.serverCpuMsPerEvent} | ${s7.heapPerSubscriberKB ?? ''} |`,
    );
    lines.push(`t0 = ${s7.t0}`, '');
  }
  lines.push('| target | result | detail |', '|---|---|---|');
  for (const t of report.targets) lines.push(`| ${t.id} | ${passLabel(t.pass)} | ${t.detail} |`);
  return lines.join('\n');
}

const ratioText = (mine?: number, other?: number) => (mine !== undefined && other !== undefined ? `${(mine / other).toFixed(2)}×` : 'n/a');

/**
 * Paygraph against its peers, one row per runtime and S1 point (issue 29): CPU per request and its
 * ratio to the Apollo peer, the gateway peer and the thin proxy of the SAME runtime, measured in
 * the same grid point, and Paygraph's RSS at 50 and 200 connections. With a side runtime, the last
 * column compares Paygraph's CPU with the primary runtime's, also in the same grid point.
 */
export function peerTable(report: Report): string[] {
  const { primary, side } = runtimesOf(report);
  const s1 = report.grid.filter((p) => p.scenario === 'S1' && p.connections === 50);
  if (!s1.length) return [];
  const name = (target: string, runtime: Runtime) => (runtime === primary ? target : `${target}@${runtime.label}`);
  const lines = [
    '| runtime | S1 point | Paygraph CPU ms/req | ÷ apollo | ÷ gateway | ÷ thin proxy | Paygraph RSS max MB 50c / 200c | Paygraph CPU ÷ primary runtime |',
    '|---|---|---:|---:|---:|---:|---|---:|',
  ];
  for (const point of s1) {
    for (const runtime of [primary, ...side]) {
      const at = (target: string) => point.summaries[name(target, runtime)];
      const layer = at('layer');
      if (!layer) continue;
      const rss200 = report.grid.find((p) => p.scenario === 'S1' && p.connections === 200 && p.delayMs === point.delayMs)?.summaries[name('layer', runtime)]?.rssMaxMB;
      const cells = [
        runtime.version,
        `${point.delayMs} ms/${point.connections}c${point.void ? ' VOID' : ''}`,
        layer.cpuMsPerReq?.toFixed(3) ?? '',
        ratioText(layer.cpuMsPerReq, at('apollo')?.cpuMsPerReq),
        ratioText(layer.cpuMsPerReq, at('gateway')?.cpuMsPerReq),
        ratioText(layer.cpuMsPerReq, at('proxy')?.cpuMsPerReq),
        `${layer.rssMaxMB ?? '?'} / ${rss200 ?? 'n/a'}`,
        runtime === primary ? '1.00×' : ratioText(layer.cpuMsPerReq, point.summaries.layer?.cpuMsPerReq),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return [...lines, ''];
}
