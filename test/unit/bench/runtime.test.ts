import { peerTable, rowRuntime, type Report } from '../../../bench/lib/report';
import { runRuntimes, type Runtime } from '../../../bench/lib/runtime';
import type { GridPoint, PointSummary } from '../../../bench/lib/grid-point';

const node20: Runtime = { node: '/usr/bin/node', version: 'v20.20.2', label: 'node20' };
const node24: Runtime = { node: '/cache/node-v24.22.3/bin/node', version: 'v24.22.3', label: 'node24' };

function summary(target: string, cpuMsPerReq: number | undefined, rssMaxMB?: number): PointSummary {
  return { target, connections: 50, delayMs: 0, rps: 1000, p50: 1, p90: 2, p99: 3, cpuMsPerReq, rssMaxMB, failures: 0, reps: [] };
}

function point(delayMs: number, connections: number, summaries: PointSummary[]): GridPoint {
  return { scenario: 'S1', delayMs, connections, summaries: Object.fromEntries(summaries.map((s) => [s.target, s])), floorCv: 0.01, void: false, attempts: 1 };
}

function report(grid: GridPoint[]): Report {
  return { meta: { runtime: { primary: node20, side: [node24], notes: [], load: 'v20.20.2' } }, grid, targets: [] };
}

describe('bench runtimes (issue 29)', () => {
  test('every row names its runtime: side targets by their label, the direct floor as the simulator', () => {
    const r = report([]);
    expect(rowRuntime(r, 'layer')).toBe('v20.20.2');
    expect(rowRuntime(r, 'apollo@node24')).toBe('v24.22.3');
    expect(rowRuntime(r, 'direct')).toBe('v20.20.2 (simulator)');
  });

  test('the peer table compares each runtime with the peers of the same runtime, in the same grid point', () => {
    const r = report([
      point(0, 50, [
        summary('proxy', 0.1),
        summary('proxy@node24', 0.08),
        summary('layer', 0.5, 250),
        summary('layer@node24', 0.35, 330),
        summary('apollo', 0.4),
        summary('apollo@node24', 0.5),
      ]),
      point(0, 200, [summary('layer', 0.5, 300), summary('layer@node24', 0.4, 390)]),
    ]);
    const [, , primary, side] = peerTable(r);
    expect(primary).toBe('| v20.20.2 | 0 ms/50c | 0.500 | 1.25× | n/a | 5.00× | 250 / 300 | 1.00× |');
    expect(side).toBe('| v24.22.3 | 0 ms/50c | 0.350 | 0.70× | n/a | 4.38× | 330 / 390 | 0.70× |');
  });

  test('without --node or a side runtime the machine runs everything; a side runtime equal to the primary is dropped', () => {
    const runtimes = runRuntimes({ alsoNode: [process.execPath], oneRuntime: false, mode: 'full' });
    expect(runtimes.primary.version).toBe(process.version);
    expect(runtimes.side).toEqual([]);
    expect(runRuntimes({ alsoNode: [], oneRuntime: false, mode: 'full' }).side).toEqual([]);
  });

  test('a side runtime that cannot be had is a note, not a failed run', () => {
    const runtimes = runRuntimes({ alsoNode: ['/nonexistent/node'], oneRuntime: false, mode: 'full' });
    expect(runtimes.side).toEqual([]);
    expect(runtimes.notes).toEqual([expect.stringContaining('Node /nonexistent/node not run')]);
  });
});
