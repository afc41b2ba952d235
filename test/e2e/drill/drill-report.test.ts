import { buildReport } from '../../../scripts/drill/report';
import { DrillStats } from '../../../scripts/drill/stats';
import { ResumingSubscriber } from '../../../scripts/drill/subscribers';
import type { IntentOutcome } from '../../../scripts/drill/load';

/**
 * The drill's checker on hand-made evidence (no processes): each invariant it reports on can
 * fail, so a clean drill report means the drill looked, not that it could not see.
 */
function subscriberWith(ids: string[]): ResumingSubscriber {
  const subscriber = new ResumingSubscriber('ws://127.0.0.1:1/graphql', null); // never opened
  subscriber.received.push(...ids.map((id, n) => ({ id, cursor: String(n), type: 'PIX_CHARGE_PAID' })));
  return subscriber;
}

const intent = (reference: string, txid: string, paid = true): IntentOutcome => ({ reference, keys: [reference], paid, outcome: 'created', txid, attempts: 1 });

function report(overrides: { subscribers?: ResumingSubscriber[]; charges?: Record<string, string[]>; log?: Array<{ id: string; txid: string }>; exitCode?: number }) {
  const stats = new DrillStats();
  stats.enter('steady');
  stats.answered('reads');
  const log = (overrides.log ?? [{ id: 'e1', txid: 't1' }]).map((event) => ({ ...event, type: 'PIX_CHARGE_PAID' }));
  const charges = overrides.charges ?? { r1: ['t1'] };
  return buildReport({
    instances: 3,
    loadMs: 1_000,
    subscribers: overrides.subscribers ?? [subscriberWith(['e1'])],
    windows: stats.windows,
    outcomes: [intent('r1', 't1')],
    simulator: {
      chargesByReference: new Map(Object.entries(charges).map(([reference, txids]) => [reference, txids.map((txid) => ({ txid, status: 'CONCLUIDA' }))])),
      deliveries: { acknowledged: 1, failedAttempts: 0 },
    },
    published: log,
    eventLog: log,
    faults: [{ fault: 'SIGTERM C, start again', outOfPoolAfterMs: 500, poolWholeAfterMs: 3_000, exitCode: overrides.exitCode ?? 0, exitedAfterMs: 1_600 }],
    takenOut: { A: 0, B: 1, C: 1 },
    unexpectedAnswers: [],
    balancerConfig: '',
  });
}

describe('the drill report', () => {
  test('clean evidence: no violation', () => {
    expect(report({}).violations).toEqual([]);
  });

  test('a subscriber that missed an event, or received one twice, is a violation', () => {
    const missed = report({ subscribers: [subscriberWith([])] });
    expect(missed.subscribers.withMissing).toBe(1);
    expect(missed.violations).toEqual(['subscriber 0: 1 missing, 0 duplicated, 0 not in the log']);
    const twice = report({ subscribers: [subscriberWith(['e1', 'e1'])] });
    expect(twice.subscribers.duplicatesTotal).toBe(1);
    expect(twice.violations).toHaveLength(1);
  });

  test('two charges for one intent, or none, is a violation', () => {
    const moved = report({ charges: { r1: ['t1', 't2'] } });
    expect(moved.money.keysMovedTwice).toBe(1);
    expect(moved.violations[0]).toMatch(/^intent r1 .*: 2 charges at the simulator/);
    expect(report({ charges: {} }).violations[0]).toMatch(/0 charges at the simulator/);
  });

  test('a paid charge published twice or never is a violation', () => {
    const twice = report({
      log: [
        { id: 'e1', txid: 't1' },
        { id: 'e2', txid: 't1' },
      ],
      subscribers: [subscriberWith(['e1', 'e2'])],
    });
    expect(twice.violations).toEqual(['charge t1: 2 PIX_CHARGE_PAID events published']);
    expect(report({ log: [], subscribers: [subscriberWith([])] }).violations).toEqual(['charge t1: 0 PIX_CHARGE_PAID events published']);
  });

  test('a drained instance that does not exit 0 is a violation', () => {
    expect(report({ exitCode: 1 }).violations).toEqual(['SIGTERM C, start again: exit code 1 (a drain exits 0)']);
  });
});
