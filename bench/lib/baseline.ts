/**
 * bench/baseline.json: a committed full run that later runs are checked against. A direct floor
 * far below the baseline's means the machine, not Paygraph, is slow, so the point is void.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './proc';
import { s1Point, type Report } from './report';

const BASELINE_FILE = join(ROOT, 'bench', 'baseline.json');

export function compareBaseline(report: Report): void {
  // Validity rule: void when the direct floor is > 25% below the committed baseline (noisy machine).
  const p20 = s1Point(report, 20, 50);
  if (!existsSync(BASELINE_FILE) || !p20?.summaries.direct) return;
  try {
    const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Report;
    const old = baseline.grid?.find((p) => p.delayMs === 20 && p.connections === 50)?.summaries.direct?.rps;
    if (old && p20.summaries.direct.rps < old * 0.75) {
      p20.void = true;
      report.meta.baselineWarning = `direct floor ${p20.summaries.direct.rps.toFixed(0)} req/s is > 25% below the baseline's ${old.toFixed(0)}: void`;
    }
  } catch {
    // unreadable baseline: ignore
  }
}

/** --save-baseline: commit the file when a full run passes. */
export function saveBaseline(report: Report): void {
  writeFileSync(BASELINE_FILE, JSON.stringify(report, null, 2));
}
