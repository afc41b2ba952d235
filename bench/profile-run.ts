/**
 * `npm run bench -- --profile`: one target (S1 by default, --profile-query=S0|S2) at 0 ms / 50c
 * under `node --cpu-prof`, then the top self-time frames and inclusive time per subsystem
 * (profile-summary.ts), written next to the .cpuprofile under bench/results/profiles/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLoad } from './lib/load';
import { measure, type Target } from './lib/measure';
import { S2_QUERY, globalId, graphqlPost, s1Body } from './lib/requests';
import { createCharge, seedS2 } from './lib/seed';
import { startSimulator } from './lib/simulator';
import { startPaygraph, type Paygraph } from './lib/sut';
import { log } from './lib/log';
import type { RunContext } from './lib/context';
import type { Report } from './lib/report';
import { profileMarkdown, summarizeProfile } from './profile-summary';

export async function profileRun(ctx: RunContext, report: Report): Promise<void> {
  const { settings, profileLabel: label, profileQuery: query } = ctx;
  const sim = await startSimulator({ logFile: join(ctx.logDir, 'simulator.log') });
  const profileDir = join(ctx.resultsDir, 'profiles');
  mkdirSync(profileDir, { recursive: true });
  const file = `paygraph-${query.toLowerCase()}-0ms-${label}-${ctx.stamp}.cpuprofile`;
  let paygraph: Paygraph | undefined;
  try {
    const txid = await createCharge(sim, 10, 'bench-profile');
    if (query === 'S2') await seedS2(sim);
    paygraph = await startPaygraph({
      sim,
      logFile: join(ctx.logDir, 'paygraph-profile.stderr.log'),
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${file}`],
    });
    // No statsUrl: no /__bench/stats requests land in the profile.
    const target: Target = {
      name: 'layer',
      url: paygraph.url,
      request: graphqlPost(
        query === 'S0' ? JSON.stringify({ query: '{ __typename }' }) : query === 'S2' ? JSON.stringify({ query: S2_QUERY }) : s1Body(globalId('PixCharge', txid), 'S1'),
      ),
      validate: (body) => (query === 'S0' ? body.includes('__typename') : query === 'S2' ? body.includes('totalCount') : body.includes(txid)) && !body.includes('"errors"'),
      pid: paygraph.child.pid,
    };
    await sim.setFaults({ latencyMs: 0 });
    await runLoad({ url: target.url, request: target.request, connections: 50, durationSec: settings.warmupSec });
    const m = await measure(target, sim, 50, settings.durationSec);
    log(`profile ${query} 0 ms/50c: ${m.rps.toFixed(0)} req/s, cpu ${m.cpuMsPerReq} ms/req (with the profiler on)`);
    // Node writes the .cpuprofile as the process exits: stop it (generous grace) before reading.
    await paygraph.child.stop(15_000);
    paygraph = undefined;
    const summary = summarizeProfile(join(profileDir, file), 30);
    const markdown = profileMarkdown(summary, `Paygraph ${query} 0 ms / 50c — ${label}`);
    writeFileSync(join(profileDir, file.replace(/\.cpuprofile$/, '.md')), `${markdown}\n`);
    process.stdout.write(`${markdown}\n\nProfile: ${join(profileDir, file)}\n`);
    report.profile = { file: join(profileDir, file), rps: m.rps, cpuMsPerReq: m.cpuMsPerReq, summary };
    writeFileSync(join(ctx.resultsDir, `${ctx.stamp}-profile.json`), JSON.stringify(report, null, 2));
  } finally {
    await paygraph?.child.stop(15_000);
    await sim.child.stop();
  }
}
