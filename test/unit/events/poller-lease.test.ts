import { SubjectPollers, type PollSpec } from '../../../src/events/poller';
import type { PollerLeases } from '../../../src/events/poller-lease';
import { StateUnavailableError } from '../../../src/errors/domain-errors';
import { eventually } from '../../helpers/paygraph';

/** SubjectPollers with a scripted lease store: who holds what, and what each call did. */
class ScriptedLeases implements PollerLeases {
  holder = new Map<string, string>();
  calls: string[] = [];
  failing = false;
  /** When set, hold() waits for it (a slow Redis). */
  gate: Promise<void> | undefined;

  async hold(subject: string, owner: string): Promise<boolean> {
    this.calls.push('hold');
    await this.gate;
    if (this.failing) throw new StateUnavailableError();
    const current = this.holder.get(subject);
    if (current && current !== owner) return false;
    this.holder.set(subject, owner);
    return true;
  }

  async release(subject: string, owner: string): Promise<void> {
    this.calls.push('release');
    if (this.holder.get(subject) === owner) this.holder.delete(subject);
  }
}

function countingSpec() {
  const probes = { count: 0 };
  const spec: PollSpec = { initialState: 'pending', probe: async () => (probes.count++, 'pending'), onChange: async () => 'continue' };
  return { spec, probes };
}

describe('SubjectPollers with leases', () => {
  const open: SubjectPollers[] = [];
  afterEach(() => open.splice(0).forEach((pollers) => pollers.close()));
  const pollers = (leases: PollerLeases, onError?: (key: string, error: unknown) => void) => {
    const created = new SubjectPollers({ intervalMs: 5, maxConcurrency: 4, leases, onError });
    open.push(created);
    return created;
  };

  test('only the lease holder probes; the last watcher leaving releases the lease', async () => {
    const leases = new ScriptedLeases();
    const [a, b] = [pollers(leases), pollers(leases)];
    const one = countingSpec();
    const two = countingSpec();
    const stopA = a.watch('s', one.spec);
    await eventually(async () => one.probes.count >= 3);
    b.watch('s', two.spec);
    await eventually(async () => leases.calls.length >= 12);
    expect(two.probes.count).toBe(0);
    expect([a.isOwner('s'), b.isOwner('s')]).toEqual([true, false]);
    stopA();
    expect(leases.calls).toContain('release');
    await eventually(async () => two.probes.count >= 3);
    expect(b.isOwner('s')).toBe(true);
  });

  test('stop while a renewal is in flight: the lease is released after the renewal, not left behind', async () => {
    const leases = new ScriptedLeases();
    const a = pollers(leases);
    const { spec, probes } = countingSpec();
    const stop = a.watch('s', spec);
    await eventually(async () => probes.count >= 1);
    let unblock!: () => void;
    leases.gate = new Promise((resolve) => (unblock = resolve));
    await eventually(async () => leases.calls.filter((call) => call === 'hold').length >= 3 && leases.calls.at(-1) === 'hold');
    stop();
    unblock();
    await eventually(async () => !leases.holder.has('s'));
  });

  test('lease store unreachable: polls anyway (fails open) and reports it once per outage', async () => {
    const leases = new ScriptedLeases();
    leases.failing = true;
    const errors: unknown[] = [];
    const a = pollers(leases, (_key, error) => errors.push(error));
    const { spec, probes } = countingSpec();
    a.watch('s', spec);
    await eventually(async () => probes.count >= 5);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StateUnavailableError);
  });
});
