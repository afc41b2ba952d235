/**
 * The validity rule for compared targets (S0, S1): a warm-up per target, then `reps` repetitions
 * interleaved across targets (so drift on the machine hits every target alike), medians. The first
 * target is the floor; a floor whose req/s varies by more than 10% (CV) voids the point, which is
 * re-run up to `maxReruns` times and otherwise reported as VOID.
 */
import { failureCount, runLoad } from './load';
import { cv, median, round } from './stats';
import { log } from './log';
import { measure, type Measured, type Target } from './measure';
import type { Settings } from './cli';
import type { Simulator } from './simulator';

export interface PointSummary {
  target: string;
  connections: number;
  delayMs: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  cpuMsPerReq?: number;
  cpuUtil?: number;
  rssMaxMB?: number;
  gcShareOfCpu?: number;
  failures: number;
  reps: Measured[];
}

export interface GridPoint {
  scenario: string;
  delayMs: number;
  connections: number;
  summaries: Record<string, PointSummary>;
  floorCv: number;
  void: boolean;
  attempts: number;
}

function summarize(target: string, connections: number, delayMs: number, reps: Measured[]): PointSummary {
  const pick = (f: (m: Measured) => number | undefined) => median(reps.map((m) => f(m) ?? NaN));
  const rss = reps.map((m) => m.rssMaxMB ?? NaN).filter(Number.isFinite);
  return {
    target,
    connections,
    delayMs,
    rps: round(
      pick((m) => m.rps),
      1,
    ),
    p50: round(
      pick((m) => m.latencyMs.p50),
      2,
    ),
    p90: round(
      pick((m) => m.latencyMs.p90),
      2,
    ),
    p99: round(
      pick((m) => m.latencyMs.p99),
      2,
    ),
    cpuMsPerReq:
      reps[0].cpuMsPerReq === undefined
        ? undefined
        : round(
            pick((m) => m.cpuMsPerReq),
            4,
          ),
    cpuUtil:
      reps[0].cpuUtil === undefined
        ? undefined
        : round(
            pick((m) => m.cpuUtil),
            3,
          ),
    rssMaxMB: rss.length ? Math.max(...rss) : undefined,
    gcShareOfCpu:
      reps[0].gcShareOfCpu === undefined
        ? undefined
        : round(
            pick((m) => m.gcShareOfCpu),
            3,
          ),
    failures: reps.reduce((sum, m) => sum + failureCount(m), 0),
    reps,
  };
}

/** Warm-up, then `reps` interleaved repetitions of every target; re-run while the floor's CV > 10%. */
export async function gridPoint(settings: Settings, scenario: string, sim: Simulator, delayMs: number, connections: number, targets: Target[]): Promise<GridPoint> {
  await sim.setFaults({ latencyMs: delayMs, jitterMs: 0, errorRate: 0, hangRate: 0, routeFilter: null });
  let attempt = 0;
  for (;;) {
    attempt++;
    for (const target of targets) {
      log(`${scenario} ${delayMs} ms / ${connections}c: warm-up ${target.name}`);
      await runLoad({ url: target.url, request: target.request, connections, durationSec: settings.warmupSec, validate: target.validate });
    }
    const reps: Record<string, Measured[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
    for (let rep = 0; rep < settings.reps; rep++) {
      for (const target of targets) {
        const measured = await measure(target, sim, connections, settings.durationSec);
        reps[target.name].push(measured);
        // Flags failed answers and socket errors per rep; timeouts show in the summary's failures.
        log(
          `${scenario} ${delayMs} ms / ${connections}c rep ${rep + 1} ${target.name}: ${measured.rps.toFixed(0)} req/s p50 ${measured.latencyMs.p50} p99 ${measured.latencyMs.p99}` +
            (measured.cpuMsPerReq !== undefined ? ` cpu ${measured.cpuMsPerReq} ms/req` : '') +
            (measured.non2xx + measured.invalid + measured.errors ? ` FAILURES ${JSON.stringify(measured.failureKinds)} errors ${measured.errors}` : ''),
        );
      }
    }
    const floor = targets[0].name;
    const floorCv = cv(reps[floor].map((m) => m.rps));
    const summaries = Object.fromEntries(targets.map((t) => [t.name, summarize(t.name, connections, delayMs, reps[t.name])]));
    if (floorCv <= 0.1 || attempt > settings.maxReruns) {
      return { scenario, delayMs, connections, summaries, floorCv: round(floorCv, 3), void: floorCv > 0.1, attempts: attempt };
    }
    log(`${scenario} ${delayMs} ms / ${connections}c: floor (${floor}) CV ${(floorCv * 100).toFixed(1)}% > 10%: run void, re-running`);
  }
}
