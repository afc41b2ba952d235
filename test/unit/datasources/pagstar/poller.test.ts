import { SubjectPollers, type PollSpec, type PollerStopReason } from '../../../../src/events/poller';
import { Semaphore } from '../../../../src/events/poller-semaphore';

const INTERVAL = 100;

/** A scripted subject: `states` feeds the probe; `fail` makes probes throw. */
function subject(options: { states?: string[]; fail?: () => boolean; onChange?: PollSpec['onChange']; deadlineMs?: number; onDeadline?: () => Promise<void> } = {}) {
  const calls = { probes: 0, changes: [] as string[], deadline: 0 };
  const states = options.states ?? [];
  const spec: PollSpec = {
    initialState: 'pending',
    async probe() {
      calls.probes++;
      if (options.fail?.()) throw new Error('provider down');
      return states.length > 1 ? states.shift()! : (states[0] ?? 'pending');
    },
    async onChange(state) {
      calls.changes.push(state);
      return options.onChange ? options.onChange(state) : state === 'paid' ? 'stop' : 'continue';
    },
    deadlineMs: options.deadlineMs,
    onDeadline: async () => {
      calls.deadline++;
      await options.onDeadline?.();
    },
  };
  return { spec, calls };
}

let pollers: SubjectPollers;
let stops: Array<[string, PollerStopReason]>;
function make(extra: Partial<ConstructorParameters<typeof SubjectPollers>[0]> = {}) {
  pollers = new SubjectPollers({ intervalMs: INTERVAL, maxConcurrency: 20, random: () => 0.5, ...extra });
  stops = [];
  pollers.onStop = (key, reason) => stops.push([key, reason]);
  return pollers;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  pollers?.close();
  jest.useRealTimers();
});

describe('SubjectPollers', () => {
  test('one poller per subject however many watchers; it ends when the last one leaves', async () => {
    make();
    const { spec, calls } = subject();
    const leaves = Array.from({ length: 50 }, () => pollers.watch('charge-1', spec));
    expect(pollers.activeCount).toBe(1);
    expect(pollers.watchers('charge-1')).toBe(50);
    await jest.advanceTimersByTimeAsync(INTERVAL * 10);
    expect(calls.probes).toBe(11); // first probe at once, then one per interval

    for (const leave of leaves.slice(0, 49)) leave();
    leaves[0](); // leaving twice counts once
    expect(pollers.isPolling('charge-1')).toBe(true);
    leaves[49]();
    expect(pollers.isPolling('charge-1')).toBe(false);
    expect(stops).toEqual([['charge-1', 'unwatched']]);
    await jest.advanceTimersByTimeAsync(INTERVAL * 10);
    expect(calls.probes).toBe(11);
  });

  test('the full read runs only when the probe reports a change; a terminal state stops polling', async () => {
    make();
    const { spec, calls } = subject({ states: ['pending', 'pending', 'pending', 'paid'] });
    pollers.watch('charge-2', spec);
    await jest.advanceTimersByTimeAsync(INTERVAL * 2);
    expect(calls.changes).toEqual([]);
    await jest.advanceTimersByTimeAsync(INTERVAL * 2);
    expect(calls.changes).toEqual(['paid']);
    expect(stops).toEqual([['charge-2', 'terminal']]);
    const probes = calls.probes;
    await jest.advanceTimersByTimeAsync(INTERVAL * 10);
    expect(calls.probes).toBe(probes);
  });

  test('a recorded state is not read again; "retry" reads again at the next tick', async () => {
    make();
    let answer: 'continue' | 'retry' = 'retry';
    const { spec, calls } = subject({ states: ['seen'], onChange: async () => answer });
    pollers.watch('charge-3', spec);
    await jest.advanceTimersByTimeAsync(INTERVAL * 2);
    expect(calls.changes).toEqual(['seen', 'seen', 'seen']);
    answer = 'continue';
    await jest.advanceTimersByTimeAsync(INTERVAL);
    await jest.advanceTimersByTimeAsync(INTERVAL * 5);
    expect(calls.changes).toHaveLength(4);
  });

  test('provider errors back off exponentially (with jitter), then polling returns to the interval', async () => {
    let down = true;
    make({ maxBackoffMs: 1_600 });
    const { spec, calls } = subject({ fail: () => down });
    pollers.watch('charge-4', spec);
    await jest.advanceTimersByTimeAsync(0);
    const at: number[] = [];
    let last = calls.probes;
    for (let t = 0; t < 6_000; t += 10) {
      await jest.advanceTimersByTimeAsync(10);
      if (calls.probes !== last) {
        at.push(t + 10);
        last = calls.probes;
      }
    }
    // random() = 0.5 → 3/4 of the ceiling: 150, 300, 600, 1200, then the 1600 cap → 1200.
    const gaps = at.map((t, i) => t - (i === 0 ? 0 : at[i - 1]));
    expect(gaps.slice(0, 6)).toEqual([150, 300, 600, 1200, 1200, 1200]);

    down = false;
    await jest.advanceTimersByTimeAsync(1_200);
    const recovered = calls.probes;
    await jest.advanceTimersByTimeAsync(INTERVAL * 5);
    expect(calls.probes - recovered).toBe(5);
  });

  test('a failing full read counts as an error and the change is looked at again', async () => {
    make();
    let broken = true;
    const { spec, calls } = subject({
      states: ['paid'],
      onChange: async () => {
        if (broken) throw new Error('GET failed');
        return 'stop';
      },
    });
    const errors: string[] = [];
    pollers = new SubjectPollers({ intervalMs: INTERVAL, maxConcurrency: 2, random: () => 0.5, onError: (key) => errors.push(key) });
    pollers.watch('charge-5', spec);
    await jest.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(['charge-5']);
    broken = false;
    await jest.advanceTimersByTimeAsync(INTERVAL * 2);
    expect(calls.changes).toEqual(['paid', 'paid']);
    expect(pollers.isPolling('charge-5')).toBe(false);
  });

  test('the deadline stops polling and runs the final read once', async () => {
    make();
    const { spec, calls } = subject({ deadlineMs: Date.now() + INTERVAL * 3 + 1 });
    pollers.watch('charge-6', spec);
    await jest.advanceTimersByTimeAsync(INTERVAL * 10);
    expect(calls.probes).toBe(4);
    expect(calls.deadline).toBe(1);
    expect(stops).toEqual([['charge-6', 'deadline']]);
  });

  test('after a poller ended, a new watcher starts a fresh one; an old stop function does not touch it', async () => {
    make();
    const first = subject({ states: ['paid'] });
    const oldLeave = pollers.watch('charge-7', first.spec);
    await jest.advanceTimersByTimeAsync(0);
    expect(pollers.isPolling('charge-7')).toBe(false);
    const second = subject();
    pollers.watch('charge-7', second.spec);
    oldLeave();
    expect(pollers.isPolling('charge-7')).toBe(true);
  });

  test('concurrent polls are bounded by the semaphore', async () => {
    make({ maxConcurrency: 3 });
    let running = 0;
    let peak = 0;
    const spec: PollSpec = {
      initialState: 'pending',
      async probe() {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 30));
        running--;
        return 'pending';
      },
      onChange: async () => 'continue',
    };
    for (let i = 0; i < 20; i++) pollers.watch(`charge-${i}`, spec);
    await jest.advanceTimersByTimeAsync(INTERVAL * 5);
    expect(peak).toBe(3);
  });

  test('close() stops everything and refuses new watchers', async () => {
    make();
    const { spec, calls } = subject();
    pollers.watch('a', spec);
    pollers.watch('b', spec);
    pollers.close();
    expect(pollers.activeCount).toBe(0);
    pollers.watch('c', spec)();
    await jest.advanceTimersByTimeAsync(INTERVAL * 3);
    expect(calls.probes).toBe(0);
  });
});

describe('Semaphore', () => {
  test('hands permits to waiters in order; release is idempotent', async () => {
    const semaphore = new Semaphore(1);
    const order: number[] = [];
    const first = await semaphore.acquire();
    const waiting = [1, 2].map((n) => semaphore.acquire().then((release) => (order.push(n), release)));
    expect(semaphore.waiting).toBe(2);
    first();
    first();
    const second = await waiting[0];
    expect(semaphore.inUse).toBe(1);
    second();
    (await waiting[1])();
    expect(order).toEqual([1, 2]);
    expect(semaphore.inUse).toBe(0);
  });
});
