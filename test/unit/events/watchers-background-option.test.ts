/**
 * Every subject watcher passes `{ background }` on to SubjectPollers.watch: one that dropped it
 * would make background watching poll at the full interval again (docs/events-and-inbox.md).
 */
import { SubjectPollers, type WatchOptions } from '../../../src/events/poller';
import { MemoryEventBus } from '../../../src/events/memory-event-bus';
import { bind, PortRegistry } from '../../../src/domain/ports';
import { AUTOMATIC_PIX, type AutomaticPixPort } from '../../../src/domain/automatic-pix/port';
import { PIX_REFUNDS, type PixRefundPort } from '../../../src/domain/refunds/port';
import { CARD_RECURRENCES, type CardRecurrencePort } from '../../../src/domain/card-recurrences/port';
import { automaticPixSubjectWatcher } from '../../../src/resolvers/automatic-pix/watch';
import { refundSubjectWatcher } from '../../../src/resolvers/refunds/watch';
import { cardRecurrenceSubjectWatcher } from '../../../src/resolvers/card-recurrences/watch';
import { pagstarSubjectWatcher, type PagstarChargeWatchDeps } from '../../../src/datasources/pagstar/pix-charges/charge-watch';
import type { SubjectWatcher } from '../../../src/family';
import type { ProviderCode } from '../../../src/providers';
import { encodeGlobalId } from '../../../src/lib/global-id';

/** Reads that never answer: the pollers' first probe stays pending, nothing is published. */
const never = () => new Promise<never>(() => {});
const pendingPort = <T>() => new Proxy({}, { get: () => never }) as T;

let pollers: SubjectPollers;
beforeEach(() => {
  pollers = new SubjectPollers({ intervalMs: 100, backgroundIntervalMs: 60_000, maxConcurrency: 8 });
});
afterEach(() => pollers.close());

function watchers(): Array<[string, SubjectWatcher, ProviderCode, string]> {
  const bus = new MemoryEventBus();
  const ports = new PortRegistry([
    {
      provider: 'ASTRA',
      bindings: [bind(AUTOMATIC_PIX, pendingPort<AutomaticPixPort>()), bind(PIX_REFUNDS, pendingPort<PixRefundPort>()), bind(CARD_RECURRENCES, pendingPort<CardRecurrencePort>())],
    },
  ]);
  const pagstar = { pix: { expiryHint: () => undefined, checkPaid: never, getCharge: never }, bus, logger: { info: () => {} } } as unknown as PagstarChargeWatchDeps;
  return [
    ['Automatic Pix authorization', automaticPixSubjectWatcher({ ports, bus }, pollers), 'ASTRA', encodeGlobalId('AutomaticPixAuthorization', 'ASTRA', 'a1')],
    ['Automatic Pix payment', automaticPixSubjectWatcher({ ports, bus }, pollers), 'ASTRA', encodeGlobalId('AutomaticPixPayment', 'ASTRA', 'p1')],
    ['refund', refundSubjectWatcher({ ports, bus }, pollers), 'ASTRA', encodeGlobalId('Refund', 'ASTRA', 'r1')],
    ['card recurrence', cardRecurrenceSubjectWatcher({ ports, bus }, pollers), 'ASTRA', encodeGlobalId('CardRecurrence', 'ASTRA', 'c1')],
    ['Pagstar charge', pagstarSubjectWatcher(pagstar, pollers), 'PAGSTAR', encodeGlobalId('PixCharge', 'PAGSTAR', '47023acc-0727-476a-a011-9d759e7f58c9')],
  ];
}

test.each(['Automatic Pix authorization', 'Automatic Pix payment', 'refund', 'card recurrence', 'Pagstar charge'])(
  'the %s watcher: background watchers are quiet, a live one is not',
  (name) => {
    const [, watch, provider, globalId] = watchers().find(([other]) => other === name)!;
    const providerId = 'x';
    const join = (options?: WatchOptions) => watch(provider, globalId, providerId, options);
    const leaveBackground = join({ background: true });
    expect(leaveBackground).toBeDefined();
    expect(pollers.isQuiet(globalId)).toBe(true);
    const leaveLive = join();
    expect(pollers.isQuiet(globalId)).toBe(false);
    leaveLive!();
    expect(pollers.isQuiet(globalId)).toBe(true);
    leaveBackground!();
    expect(pollers.isPolling(globalId)).toBe(false);
  },
);
