import path from 'node:path';
import { runDrill } from '../../../scripts/drill/drill';
import { formatReport, writeReport, type DrillReport } from '../../../scripts/drill/report';
import { SHARED_REDIS_URL } from '../../helpers/redis';

/**
 * The failure drill of `npm run drill` (scripts/drill/), shorter: three real Paygraph processes
 * on one Redis behind Debian's HAProxy (installed by `.ci/run`), 50 graphql-ws subscribers,
 * readers and keyed mutators through the balancer; one instance SIGKILLed and started again,
 * another SIGTERMed and started again. The same invariants as the full drill.
 */
jest.setTimeout(150_000);

let report: DrillReport;

beforeAll(async () => {
  report = await runDrill({ redisUrl: SHARED_REDIS_URL, loadMs: 12_000, subscribers: 50, readers: 2, mutators: 2 });
  writeReport(report, path.resolve(__dirname, '../../../test-output/drill-short.json'));
});

describe('three instances behind a load balancer, one killed, one drained', () => {
  test('no invariant is violated', () => {
    // On failure the printed table says where: which intent, which subscriber, which fault.
    if (report.violations.length) console.log(formatReport(report));
    expect(report.violations).toEqual([]);
  });

  test('every payment intent moved money exactly once at the provider, none gave up', () => {
    expect(report.money.intents).toBeGreaterThan(10);
    expect(report.money.exactlyOnce).toBe(report.money.intents);
    expect(report.money.keysMovedTwice).toBe(0);
    expect(report.money.gaveUp).toBe(0);
    // Every answer was a result or a documented "try again" (OUTCOME_PENDING, SHUTTING_DOWN, …).
    expect(report.unexpectedAnswers).toEqual([]);
  });

  test('every paid charge was delivered, acknowledged and published exactly once', () => {
    expect(report.webhooks.chargesPaid).toBeGreaterThan(5);
    expect(report.webhooks.deliveriesAcknowledged).toBeGreaterThanOrEqual(report.webhooks.chargesPaid);
    expect(report.webhooks.paidEventsPublished).toBe(report.webhooks.chargesPaid);
  });

  test('each subscriber received every published event once, across its resumes', () => {
    expect(report.subscribers.count).toBe(50);
    expect(report.subscribers.eventsPublished).toBeGreaterThan(5);
    // The faults really dropped connections (about a third of the subscribers at each).
    expect(report.subscribers.resumes).toBeGreaterThan(10);
    expect(report.subscribers).toMatchObject({ withMissing: 0, withDuplicates: 0, withUnexpected: 0 });
  });

  test('the load ran through both faults, the drained instance exited 0, the pool became whole again', () => {
    const duringFaults = report.requests.filter((row) => /^SIG(KILL|TERM)/.test(row.window));
    expect(duringFaults).toHaveLength(2);
    for (const row of duringFaults) expect(row.reads.answered + row.mutations.answered).toBeGreaterThan(0);
    expect(report.faults.map((fault) => fault.fault)).toEqual(['SIGKILL B, start again', 'SIGTERM C, start again']);
    expect(report.faults[1].exitCode).toBe(0);
    for (const fault of report.faults) expect(fault.poolWholeAfterMs).toBeGreaterThan(fault.outOfPoolAfterMs);
  });
});
