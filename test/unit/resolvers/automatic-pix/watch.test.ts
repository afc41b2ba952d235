import { automaticPixSubjectWatcher } from '../../../../src/resolvers/automatic-pix/watch';
import { AUTOMATIC_PIX, type AutomaticPixPort } from '../../../../src/domain/automatic-pix/port';
import { AutomaticPixPaymentStatus as S, type AutomaticPixPaymentRecord } from '../../../../src/domain/automatic-pix/model';
import { bind, PortRegistry } from '../../../../src/domain/ports';
import { SubjectPollers, type PollerStopReason } from '../../../../src/events/poller';
import { MemoryEventBus } from '../../../../src/events/memory-event-bus';
import { AutomaticPixEventType } from '../../../../src/domain/automatic-pix/events';
import { ProviderNotFoundError } from '../../../../src/errors/domain-errors';
import { brl } from '../../../../src/domain/models';
import { encodeGlobalId } from '../../../../src/lib/global-id';

const ID = encodeGlobalId('AutomaticPixPayment', 'ASTRA', 'p1');

function payment(status: S, retryCount = 0): AutomaticPixPaymentRecord {
  return {
    __typename: 'AutomaticPixPayment',
    id: ID,
    provider: 'ASTRA',
    paymentId: 'p1',
    authorizationId: 'a1',
    status,
    providerStatus: status === S.CANCELLED ? 'CANCELED' : status,
    amount: brl(9999),
    dueDate: '2030-01-10',
    scheduledDate: '2030-01-10',
    retryCount,
    endToEndId: null,
    failureReason: null,
    description: null,
    reference: null,
    createdAt: null,
    updatedAt: null,
    paidAt: null,
  };
}

/** A port whose payment reads walk through `states` (the last one repeats); reads are counted. */
function portReading(states: Array<AutomaticPixPaymentRecord | 'missing'>) {
  let reads = 0;
  const port = {
    getPayment: async () => {
      const state = states[Math.min(reads++, states.length - 1)];
      if (state === 'missing') throw new ProviderNotFoundError('no', {});
      return state;
    },
  } as unknown as AutomaticPixPort;
  return { ports: new PortRegistry([{ provider: 'ASTRA', bindings: [bind(AUTOMATIC_PIX, port)] }]), reads: () => reads };
}

function setUp(states: Array<AutomaticPixPaymentRecord | 'missing'>) {
  const { ports, reads } = portReading(states);
  const bus = new MemoryEventBus();
  const events = bus.subscribe(undefined);
  const pollers = new SubjectPollers({ intervalMs: 1, maxConcurrency: 1 });
  const stopped = new Promise<PollerStopReason>((resolve) => (pollers.onStop = (_key, reason) => resolve(reason)));
  const watch = automaticPixSubjectWatcher({ ports, bus }, pollers);
  return { watch, events, stopped, reads, pollers };
}

describe('Automatic Pix subject watcher', () => {
  test('each new state published once (repeats are not), stop at PAID', async () => {
    const { watch, events, stopped, pollers } = setUp([
      payment(S.SCHEDULED),
      payment(S.SCHEDULED),
      payment(S.FAILED),
      payment(S.FAILED),
      payment(S.SCHEDULED, 1),
      payment(S.PAID, 1),
    ]);
    watch('ASTRA', ID, 'p1');
    expect(await stopped).toBe('terminal');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { value } = await events.next();
      expect(value.type).toBe(AutomaticPixEventType.AUTOMATIC_PIX_PAYMENT_UPDATED);
      seen.push(`${value.subject.status}/${value.subject.retryCount}`);
    }
    expect(seen).toEqual(['SCHEDULED/0', 'FAILED/0', 'SCHEDULED/1', 'PAID/1']);
    pollers.close();
  });

  test('a FAILED payment with its 3 retries used is final; an unknown payment stops polling', async () => {
    const exhausted = setUp([payment(S.FAILED, 3)]);
    exhausted.watch('ASTRA', ID, 'p1');
    expect(await exhausted.stopped).toBe('terminal');
    expect(exhausted.reads()).toBe(1);
    const missing = setUp(['missing']);
    missing.watch('ASTRA', ID, 'p1');
    expect(await missing.stopped).toBe('terminal');
  });

  test('other types and providers without the port are not its subjects', () => {
    const { watch, pollers } = setUp([payment(S.SCHEDULED)]);
    expect(watch('ASTRA', encodeGlobalId('PixCharge', 'ASTRA', 'tx'), 'tx')).toBeUndefined();
    expect(watch('PAGSTAR', encodeGlobalId('AutomaticPixPayment', 'PAGSTAR', 'p1'), 'p1')).toBeUndefined();
    expect(pollers.activeCount).toBe(0);
  });
});
