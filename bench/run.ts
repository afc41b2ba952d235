/**
 * Paygraph benchmark driver (docs/performance.md: scenarios, targets, method).
 *
 *   npm run bench            full grid (about 10–12 minutes)
 *   npm run bench:quick      the CI subset, on two runtimes in S0/S1 (about 11 minutes)
 *   npm run bench -- --profile   S1 at 0 ms under `node --cpu-prof`, then the top self-time frames
 *   npm run bench -- --node=24   Paygraph, the peers and the proxy on Node 24 (fetched into a cache
 *                                outside the repo by scripts/node-runtime.mjs; a path works too)
 *
 * bench:quick measures two runtimes in one run: the machine's Node and Node 24, side by side in S0
 * and S1 (lib/runtime.ts); the other scenarios run on the primary runtime (--node=, default the
 * machine's Node).
 *
 * Placement: Paygraph (or the thin proxy) alone on core 0; the simulator, this driver (autocannon)
 * and the subscriber fleet on core 1. Every figure that matters is a ratio or a count taken in the
 * same run. Writes bench/results/<timestamp>.json and prints a Markdown table; the last line is
 * the pass/fail verdict per target.
 *
 * This file only orders the run: which processes live when, which scenarios run against them, and
 * the verdict. The scenarios are in scenarios/, the measurement rules in lib/.
 */
import { join } from 'node:path';
import { parseCli } from './lib/cli';
import { createRunContext, type RunContext } from './lib/context';
import { LOAD_CORE } from './lib/env';
import { log } from './lib/log';
import { killAllStarted, pinSelf, stopAll } from './lib/proc';
import { globalId } from './lib/requests';
import { createCharge, seedS2 } from './lib/seed';
import { startSimulator } from './lib/simulator';
import { startPaygraph, startThinProxy, type Paygraph, type ThinProxy } from './lib/sut';
import { createReport, markdown, pruneOldResults, writeResultFile, type Report } from './lib/report';
import { evaluateTargets, verdict } from './lib/targets';
import { compareBaseline, saveBaseline } from './lib/baseline';
import { scenarioS0, scenarioS1, type S1Charge } from './scenarios/s0-s1';
import { scenarioS2 } from './scenarios/s2';
import { scenarioS2Peers } from './scenarios/s2-peers';
import { gatewayUnavailable, startApolloPeer, startGatewayPeer, type Peer, type PeerName } from './lib/peers';
import { scenarioS3 } from './scenarios/s3';
import { scenarioS5 } from './scenarios/s5-token';
import { scenarioS6 } from './scenarios/s6-faults';
import { scenarioS7 } from './scenarios/s7-fanout';
import { scenarioCluster } from './scenarios/cluster';
import { profileRun } from './profile-run';
import { runRuntimes, setPrimaryRuntime, type RunRuntimes } from './lib/runtime';
import { runtimeSutsChildren, startRuntimeSuts, type RuntimeSuts } from './lib/side-runtime';

const ctx = createRunContext(parseCli(process.argv.slice(2)));
const report = createReport(ctx);
const runs = (scenario: string) => !ctx.settings.only || ctx.settings.only.has(scenario);

async function main(): Promise<void> {
  pinSelf(LOAD_CORE);
  log(`mode ${ctx.settings.mode}; logs in ${ctx.logDir}`);
  const runtimes = chooseRuntimes();
  capRunTime(ctx.settings.mode === 'full' ? 40 : 10 + 8 * runtimes.side.length);
  if (ctx.settings.mode === 'profile') return profileRun(ctx, report);

  const sim = await startSimulator({ logFile: join(ctx.logDir, 'simulator.log') });
  let paygraph: Paygraph | undefined;
  let proxy: ThinProxy | undefined;
  let before: Paygraph | undefined;
  const peers: Partial<Record<PeerName, Peer>> = {};
  let side: RuntimeSuts[] = [];
  const peerChildren = () => [...Object.values(peers).map((peer) => peer.child), ...runtimeSutsChildren(side)];
  try {
    // Fixtures: the S1 charge and the S2 list, straight through the simulator's API.
    const txid = await createCharge(sim, 10, 'bench-s1');
    const charge: S1Charge = { txid, id: globalId('PixCharge', txid), chargePath: `/charge/v1/dynamic/${txid}` };
    const seeded = await seedS2(sim);
    report.meta.seed = { s1Txid: txid, ...seeded };
    if (ctx.sutFlags.length) report.meta.sutFlags = ctx.sutFlags;
    if (ctx.sutEntry) report.meta.sutEntry = ctx.sutEntry;

    // S0–S3 and S7 share one Paygraph (plus the thin proxy and, for A/B, the other build).
    paygraph = await startPaygraph({ sim, logFile: join(ctx.logDir, 'paygraph-main.stderr.log'), nodeFlags: ctx.sutFlags, entry: ctx.sutEntry });
    proxy = await startThinProxy({ sim, chargePath: charge.chargePath, logFile: join(ctx.logDir, 'thin-proxy.log') });
    if (ctx.compareEntry) {
      before = await startPaygraph({ sim, entry: ctx.compareEntry, name: 'paygraph-before', logFile: join(ctx.logDir, 'paygraph-before.stderr.log') });
      report.meta.compareEntry = ctx.compareEntry;
    }
    log(`simulator ${sim.url} (pid ${sim.child.pid}), paygraph ${paygraph.url} (pid ${paygraph.child.pid}), proxy ${proxy.url}`);
    await startPeers(peers, sim);
    side = await startSideRuntimes(runtimes, sim, charge.chargePath);

    if (runs('S0')) {
      const point = await scenarioS0(ctx, sim, paygraph, before, side);
      report.s0 = point.summaries.layer;
      if (point.summaries.before) report.meta.s0Before = point.summaries.before;
      const sideS0 = Object.values(point.summaries).filter((summary) => summary.target.includes('@'));
      if (sideS0.length) report.meta.s0Side = sideS0;
    }
    if (runs('S1')) report.grid.push(...(await scenarioS1(ctx, sim, charge, { paygraph, proxy, before, apollo: peers.apollo, gateway: peers.gateway }, side)));
    // The side runtimes are measured in S0/S1 only: stopped before the primary runtime goes on alone.
    await stopAll(runtimeSutsChildren(side));
    side = [];
    if (runs('S2')) {
      report.s2 = await scenarioS2(ctx, sim, paygraph);
      const compared = await scenarioS2Peers(ctx, sim, paygraph, peers);
      report.grid.push(compared.point);
      report.meta.s2Probes = compared.probes;
    }
    if (runs('S3')) report.s3 = await scenarioS3(ctx, sim, paygraph);
    if (runs('S7')) report.s7 = await scenarioS7(ctx, sim, paygraph);
    if (runs('CLUSTER') && ctx.settings.cluster) {
      // Peers idle meanwhile; one Paygraph on core 0 vs 2 workers on cores 0–1.
      report.cluster = await scenarioCluster(ctx, sim, charge, paygraph, ctx.settings.cluster.connections);
    }

    await stopAll([paygraph.child, proxy.child, before?.child, ...peerChildren()]);
    for (const name of Object.keys(peers) as PeerName[]) delete peers[name];
    paygraph = undefined;
    proxy = undefined;
    before = undefined;

    // S5 and S6 each start a Paygraph of their own (cold token cache; short upstream timeouts).
    if (runs('S5')) report.s5 = await scenarioS5(ctx, sim, charge);
    if (runs('S6')) report.s6 = await scenarioS6(ctx, sim, charge);
  } finally {
    await stopAll([paygraph?.child, proxy?.child, before?.child, ...peerChildren()]);
    await sim.child.stop();
  }
  finish(ctx, report);
}

/**
 * The primary runtime (--node=) for every measured process, and the side runtimes (bench:quick:
 * Node 24, fetched when absent) named in the report; a side runtime that cannot be had is a note.
 */
function chooseRuntimes(): RunRuntimes {
  const runtimes = runRuntimes({ ...ctx, mode: ctx.settings.mode });
  setPrimaryRuntime(runtimes.primary);
  report.meta.runtime = { primary: runtimes.primary, side: runtimes.side, notes: runtimes.notes, load: process.version };
  for (const note of runtimes.notes) log(note);
  log(`runtime: ${[runtimes.primary, ...runtimes.side].map((r) => `${r.version} (${r.node})`).join(' beside ')}; load side ${process.version}`);
  return runtimes;
}

/** Each side runtime's Paygraph, proxy and S1 peers, for S0/S1 only. */
async function startSideRuntimes(runtimes: RunRuntimes, sim: Awaited<ReturnType<typeof startSimulator>>, chargePath: string): Promise<RuntimeSuts[]> {
  if (!runs('S0') && !runs('S1')) return [];
  const started: RuntimeSuts[] = [];
  for (const runtime of runtimes.side) started.push(await startRuntimeSuts(ctx, sim, runtime, { chargePath, peers: runs('S1') }));
  return started;
}

/**
 * The peers of issue 15, started once (idle while another target is measured). The gateway runs
 * only where it is installed; otherwise the reason goes into the report and its targets are n/a.
 */
async function startPeers(peers: Partial<Record<PeerName, Peer>>, sim: Awaited<ReturnType<typeof startSimulator>>): Promise<void> {
  if (!runs('S1') && !runs('S2')) return;
  peers.apollo = await startApolloPeer({ sim, dataLoader: false, logFile: join(ctx.logDir, 'peer-apollo.log') });
  if (runs('S2')) peers['apollo-dl'] = await startApolloPeer({ sim, dataLoader: true, logFile: join(ctx.logDir, 'peer-apollo-dl.log') });
  const missing = gatewayUnavailable();
  if (missing) {
    report.meta.gateway = `not run: ${missing}`;
    log(`gateway peer ${report.meta.gateway as string}`);
  } else {
    peers.gateway = await startGatewayPeer({ sim, logFile: join(ctx.logDir, 'peer-gateway.log') });
    report.meta.gateway = 'Hive Gateway + GraphQL Mesh (bench/peers/gateway)';
  }
  log(
    `peers: ${Object.values(peers)
      .map((peer) => `${peer.name} ${peer.url} (pid ${peer.child.pid})`)
      .join(', ')}`,
  );
}

/** Validity and targets, the result file, the table on stdout, then the verdict as the last line. */
function finish(ctx: RunContext, report: Report): void {
  compareBaseline(report);
  evaluateTargets(report);
  report.meta.finishedAt = new Date().toISOString();
  const file = writeResultFile(ctx, report);
  if (ctx.settings.mode === 'quick') pruneOldResults(ctx.resultsDir);
  if (ctx.saveBaseline) saveBaseline(report);
  process.stdout.write(`${markdown(report, ctx.settings)}\n\nResults: ${file}\n`);
  const result = verdict(report, ctx.settings.mode === 'quick' && !ctx.strict);
  report.meta.countsPass = result.countsPass;
  writeResultFile(ctx, report);
  process.stdout.write(`${result.line}\n`);
  process.exitCode = result.exitCode;
}

// Only processes this driver started are killed (by pid), however the driver ends.
process.on('exit', killAllStarted);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAllStarted();
    process.exit(130);
  });
}
/** A hard cap on the whole run: nothing may hang forever. */
function capRunTime(minutes: number): void {
  setTimeout(() => {
    log('global time limit reached: stopping');
    killAllStarted();
    process.exit(2);
  }, minutes * 60_000).unref();
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  killAllStarted();
  process.exit(1);
});
