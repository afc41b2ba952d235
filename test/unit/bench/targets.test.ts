import { cpuRatioTarget, targetResults, verdict } from '../../../bench/lib/targets';
import type { GridPoint, PointSummary } from '../../../bench/lib/grid-point';
import type { Report } from '../../../bench/lib/report';

function summary(target: string, cpuMsPerReq: number | undefined, failures = 0): PointSummary {
  return { target, connections: 50, delayMs: 0, rps: 1000, p50: 1, p90: 2, p99: 3, cpuMsPerReq, failures, reps: [] };
}

function point(scenario: string, delayMs: number, summaries: PointSummary[], isVoid = false): GridPoint {
  return { scenario, delayMs, connections: 50, summaries: Object.fromEntries(summaries.map((s) => [s.target, s])), floorCv: 0.01, void: isVoid, attempts: 1 };
}

function report(grid: GridPoint[], meta: Record<string, unknown> = {}): Report {
  return { meta, grid, targets: [] };
}

const byId = (r: Report) => Object.fromEntries(targetResults(r).map((t) => [t.id, t]));

describe('bench target evaluation (issue 15 ratios)', () => {
  test('CPU ratio passes at the limit and fails just above it', () => {
    const at = point('S1', 0, [summary('proxy', 0.1), summary('layer', 0.25)]);
    expect(cpuRatioTarget(at, 'proxy', 2.5, 'x').pass).toBe(true);
    const above = point('S1', 0, [summary('proxy', 0.1), summary('layer', 0.2501)]);
    expect(cpuRatioTarget(above, 'proxy', 2.5, 'x').pass).toBe(false);
  });

  test('a missing peer or a void point is n/a, never PASS; failed answers fail the ratio', () => {
    expect(cpuRatioTarget(point('S1', 0, [summary('layer', 0.2)]), 'apollo', 0.6, 'x').pass).toBeNull();
    expect(cpuRatioTarget(point('S1', 0, [summary('layer', 0.1), summary('apollo', 1)], true), 'apollo', 0.6, 'x').pass).toBeNull();
    expect(cpuRatioTarget(point('S1', 0, [summary('layer', 0.1), summary('apollo', 1, 3)]), 'apollo', 0.6, 'x').pass).toBe(false);
  });

  test('T1, T2 and T10 read the S1 0 ms point, T3 the S2 comparison', () => {
    const r = report([
      point('S1', 20, [summary('direct', undefined), summary('proxy', 0.05), summary('layer', 0.9), summary('apollo', 0.1)]),
      point('S1', 0, [summary('proxy', 0.1), summary('layer', 0.2), summary('apollo', 0.5), summary('gateway', 0.5)]),
      point('S2', 20, [summary('layer', 1), summary('apollo', 3), summary('apollo-dl', 1.5)]),
    ]);
    const t = byId(r);
    expect(t.T1.pass).toBe(true); // 0.2 / 0.1 = 2.0 ≤ 2.5 (the 20 ms point, 18×, is not used)
    expect(t.T2.pass).toBe(true); // 0.4 ≤ 0.6
    expect(t.T10.pass).toBe(false); // 0.4 > 1/3
    expect(t.T3.pass).toBe(true); // 1/3 ≤ 0.5
    expect(t.T3.detail).toContain('S2 20ms/50c');
  });

  test('without the gateway T10 is n/a and says why', () => {
    const r = report([point('S1', 0, [summary('proxy', 0.1), summary('layer', 0.2)])], { gateway: 'not run: not installed' });
    expect(byId(r).T10).toEqual({ id: 'T10', pass: null, detail: 'gateway not run: not installed' });
  });

  test('T6 needs 0 upstream 401s besides the token-call counts', () => {
    const s5 = (upstream401: number) => ({ cold: { tokenCalls: 1, failures: 0, pass: true }, ttl: { tokenCalls: 20, expectedMax: 30, pass: true, upstream401 } });
    expect(byId({ ...report([]), s5: s5(0) }).T6.pass).toBe(true);
    expect(byId({ ...report([]), s5: s5(2) }).T6.pass).toBe(false);
  });

  test('bench:quick keeps its counts-only exit code; --strict enforces the ratios', () => {
    const r = report([point('S1', 0, [summary('proxy', 0.1), summary('layer', 1)])]);
    r.targets = targetResults(r);
    expect(r.targets.find((t) => t.id === 'T1')?.pass).toBe(false);
    expect(verdict(r, true).exitCode).toBe(0);
    expect(verdict(r, false).exitCode).toBe(1);
  });
});
