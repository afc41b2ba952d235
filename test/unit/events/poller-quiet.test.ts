import { SubjectPollers, type PollSpec } from '../../../src/events/poller';
import type { PollerLeases } from '../../../src/events/poller-lease';

const NORMAL = 100;
const QUIET = 1_000;
const GRACE = 50;

/** A subject that never changes; its probes are counted. */
function subject() {
  const calls = { probes: 0 };
  const spec: PollSpec = {
    initialState: 'pending',
    async probe() {
      calls.probes++;
      return 'pending';
    },
    onChange: async () => 'continue',
  };
  return { spec, calls };
}

/** Leases that always grant, recording each TTL asked for. */
function recordingLeases() {
  const ttls: number[] = [];
  const leases: PollerLeases = {
    hold: async (_subject, _owner, ttlMs) => {
      ttls.push(ttlMs);
      return true;
    },
    release: async () => {},
  };
  return { leases, ttls };
}

let pollers: SubjectPollers;
function make(extra: Partial<ConstructorParameters<typeof SubjectPollers>[0]> = {}) {
  // random 0.5: no jitter, so each delay is exactly the interval.
  pollers = new SubjectPollers({ intervalMs: NORMAL, backgroundIntervalMs: QUIET, maxConcurrency: 4, random: () => 0.5, leaseGraceMs: GRACE, ...extra });
  return pollers;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  pollers?.close();
  jest.useRealTimers();
});

describe('SubjectPollers: the quiet background interval', () => {
  test('a subject watched only in the background is probed every backgroundIntervalMs, not every intervalMs', async () => {
    make();
    const { spec, calls } = subject();
    pollers.watch('auth-1', spec, { background: true });
    pollers.watch('auth-1', spec, { background: true }); // another instance's list adoption, say: still quiet
    expect(pollers.isQuiet('auth-1')).toBe(true);
    await jest.advanceTimersByTimeAsync(QUIET * 3 + 10);
    expect(calls.probes).toBe(4); // first probe at once, then one per quiet interval
  });

  test('a live watcher joining brings the pending quiet probe forward to the normal interval at once', async () => {
    make();
    const { spec, calls } = subject();
    pollers.watch('auth-1', spec, { background: true });
    await jest.advanceTimersByTimeAsync(10);
    expect(calls.probes).toBe(1); // the next quiet probe is due at t=1000

    const leave = pollers.watch('auth-1', spec); // a subscription, at t=10
    expect(pollers.isQuiet('auth-1')).toBe(false);
    expect(pollers.watchers('auth-1')).toBe(2);
    await jest.advanceTimersByTimeAsync(NORMAL - 1);
    expect(calls.probes).toBe(1);
    await jest.advanceTimersByTimeAsync(1); // t=110: rescheduled one normal interval after the join
    expect(calls.probes).toBe(2);
    await jest.advanceTimersByTimeAsync(NORMAL * 5);
    expect(calls.probes).toBe(7);
    leave();
  });

  test('the last live watcher leaving returns to the quiet interval; the background watcher keeps the poller', async () => {
    make();
    const { spec, calls } = subject();
    pollers.watch('auth-1', spec, { background: true });
    const leaveA = pollers.watch('auth-1', spec);
    const leaveB = pollers.watch('auth-1', spec);
    await jest.advanceTimersByTimeAsync(NORMAL * 3 + 10);
    expect(calls.probes).toBe(4); // t=0, 100, 200, 300

    leaveA();
    expect(pollers.isQuiet('auth-1')).toBe(false); // one live watcher left
    leaveB(); // t=310; the probe already planned for t=400 stays, the ones after it are quiet
    expect(pollers.isQuiet('auth-1')).toBe(true);
    expect(pollers.isPolling('auth-1')).toBe(true);
    await jest.advanceTimersByTimeAsync(90);
    expect(calls.probes).toBe(5); // t=400
    await jest.advanceTimersByTimeAsync(QUIET - 1);
    expect(calls.probes).toBe(5);
    await jest.advanceTimersByTimeAsync(1); // t=1400
    expect(calls.probes).toBe(6);
    await jest.advanceTimersByTimeAsync(QUIET * 2);
    expect(calls.probes).toBe(8);
  });

  test('a live watcher does not postpone a quiet probe that is due sooner than the normal interval', async () => {
    make();
    const { spec, calls } = subject();
    pollers.watch('auth-1', spec, { background: true });
    await jest.advanceTimersByTimeAsync(QUIET - 40); // next probe due in 40 ms
    expect(calls.probes).toBe(1);
    const leave = pollers.watch('auth-1', spec);
    await jest.advanceTimersByTimeAsync(40);
    expect(calls.probes).toBe(2); // at t=1000, as planned, then the normal interval
    await jest.advanceTimersByTimeAsync(NORMAL);
    expect(calls.probes).toBe(3);
    leave();
  });

  test('without backgroundIntervalMs a background watcher polls at the normal interval', async () => {
    make({ backgroundIntervalMs: undefined });
    const { spec, calls } = subject();
    pollers.watch('auth-1', spec, { background: true });
    expect(pollers.isQuiet('auth-1')).toBe(false);
    await jest.advanceTimersByTimeAsync(NORMAL * 3 + 10);
    expect(calls.probes).toBe(4);
  });

  test('the lease is held until just after the delay actually planned: quiet, then normal', async () => {
    const { leases, ttls } = recordingLeases();
    make({ leases });
    const { spec } = subject();
    pollers.watch('auth-1', spec, { background: true });
    await jest.advanceTimersByTimeAsync(10);
    // First tick: taken for the grace alone, then renewed for the quiet delay + grace.
    expect(ttls).toEqual([GRACE, QUIET + GRACE]);

    const leave = pollers.watch('auth-1', spec);
    await jest.advanceTimersByTimeAsync(NORMAL);
    expect(ttls.slice(2)).toEqual([GRACE, NORMAL + GRACE]);
    leave();
    await jest.advanceTimersByTimeAsync(NORMAL);
    expect(ttls.slice(4)).toEqual([GRACE, QUIET + GRACE]);
  });

  test('a background-only subject behind a failing provider backs off from the quiet interval', async () => {
    make({ maxBackoffMs: 60_000 });
    let probes = 0;
    pollers.watch(
      'auth-1',
      {
        initialState: 'pending',
        probe: async () => {
          probes++;
          throw new Error('provider down');
        },
        onChange: async () => 'continue',
      },
      { background: true },
    );
    await jest.advanceTimersByTimeAsync(10);
    expect(probes).toBe(1);
    // One failure: between ½ and 1 × 2 × QUIET (random 0.5 → 1.5 × QUIET), never the normal interval.
    await jest.advanceTimersByTimeAsync(QUIET * 1.5 - 11);
    expect(probes).toBe(1);
    await jest.advanceTimersByTimeAsync(2);
    expect(probes).toBe(2);
  });
});
