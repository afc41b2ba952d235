import { pagstarChargeWatch, pagstarSubjectWatcher } from '../../../../../src/datasources/pagstar/pix-charges/charge-watch';
import type { PagstarPixCharges } from '../../../../../src/datasources/pagstar/pix-charges/adapter';
import { pagstarChargeEventId } from '../../../../../src/datasources/pagstar/pix-charges/charge-events';
import { SubjectPollers } from '../../../../../src/events/poller';
import { MemoryEventBus } from '../../../../../src/events/memory-event-bus';
import { PixChargeEventType } from '../../../../../src/domain/pix-charges/events';
import { brl } from '../../../../../src/domain/models';
import { PixChargeStatus, type PixChargeRecord } from '../../../../../src/domain/pix-charges/model';
import { encodeGlobalId } from '../../../../../src/lib/global-id';
import { ProviderNotFoundError } from '../../../../../src/errors/domain-errors';
import { createLogger } from '../../../../../src/logger';

const REF = '47023acc-0727-476a-a011-9d759e7f58c9';
const NOW = Date.parse('2024-01-15T13:00:00Z');
const HOUR = 3_600_000;

function charge(status: PixChargeStatus): PixChargeRecord {
  return {
    __typename: 'PixCharge',
    id: encodeGlobalId('PixCharge', 'PAGSTAR', REF),
    provider: 'PAGSTAR',
    txid: REF,
    status,
    providerStatus: null,
    amount: brl(1000),
    amountRefunded: brl(0),
    description: null,
    reference: null,
    debtor: null,
    payer: null,
    brCode: null,
    checkoutUrl: null,
    createdAt: null,
    expiresAt: null,
    paidAt: null,
    endToEndId: null,
  };
}

function fakePix(options: { hint?: Date; status?: PixChargeStatus; missing?: boolean } = {}) {
  const calls = { get: 0, check: 0 };
  const pix = {
    expiryHint: () => options.hint,
    checkPaid: async () => (calls.check++, 'pending'),
    getCharge: async () => {
      calls.get++;
      if (options.missing) throw new ProviderNotFoundError('no', {});
      return charge(options.status ?? PixChargeStatus.PAID);
    },
  } as unknown as PagstarPixCharges;
  return { pix, calls };
}

const logger = createLogger('silent');

describe('Pagstar charge watch', () => {
  test('stops at expiration_date + 1 h when the expiry is known (Pagstar may still be paid in that hour)', () => {
    const { pix } = fakePix({ hint: new Date(NOW + 600_000) });
    expect(pagstarChargeWatch({ pix, bus: new MemoryEventBus(), logger, clock: { now: () => new Date(NOW) } }, REF).deadlineMs).toBe(NOW + 600_000 + HOUR);
  });

  test('without a known expiry: the longest a pending deposit can live from now, 86400 s + 1 h', () => {
    const { pix } = fakePix();
    expect(pagstarChargeWatch({ pix, bus: new MemoryEventBus(), logger, clock: { now: () => new Date(NOW) } }, REF).deadlineMs).toBe(NOW + 86_400_000 + HOUR);
  });

  test('a change is read with GET and published with the (provider, reference, status) event id', async () => {
    const bus = new MemoryEventBus();
    const events = bus.subscribe(undefined);
    const { pix, calls } = fakePix({ status: PixChargeStatus.PAID });
    const spec = pagstarChargeWatch({ pix, bus, logger, clock: { now: () => new Date(NOW) } }, REF);
    expect(await spec.onChange('paid')).toBe('stop');
    expect(calls.get).toBe(1);
    const { value } = await events.next();
    expect(value).toMatchObject({
      id: pagstarChargeEventId(REF, PixChargeStatus.PAID),
      type: PixChargeEventType.PIX_CHARGE_PAID,
      provider: 'PAGSTAR',
      subjectId: charge(PixChargeStatus.PAID).id,
    });
    // The webhook path publishing the same id is a duplicate.
    expect(await bus.publish({ ...value, cursor: undefined } as never)).toBeNull();
  });

  test('cancelled → EXPIRED event; unknown reference → stop; a GET that still shows pending → retry', async () => {
    const bus = new MemoryEventBus();
    const events = bus.subscribe(undefined);
    expect(await pagstarChargeWatch({ pix: fakePix({ status: PixChargeStatus.EXPIRED }).pix, bus, logger }, REF).onChange('cancelled')).toBe('stop');
    expect((await events.next()).value.type).toBe(PixChargeEventType.PIX_CHARGE_EXPIRED);
    expect(await pagstarChargeWatch({ pix: fakePix({ missing: true }).pix, bus, logger }, REF).onChange('unknown')).toBe('stop');
    expect(await pagstarChargeWatch({ pix: fakePix({ status: PixChargeStatus.ACTIVE }).pix, bus, logger }, REF).onChange('paid')).toBe('retry');
  });

  test('watchSubject polls Pagstar PixCharges only', () => {
    const pollers = new SubjectPollers({ intervalMs: 60_000, maxConcurrency: 1 });
    const watch = pagstarSubjectWatcher({ pix: fakePix().pix, bus: new MemoryEventBus(), logger }, pollers);
    expect(watch('ASTRA', encodeGlobalId('PixCharge', 'ASTRA', 'tx1'), 'tx1')).toBeUndefined();
    expect(watch('PAGSTAR', encodeGlobalId('Refund', 'PAGSTAR', REF), REF)).toBeUndefined();
    const stop = watch('PAGSTAR', encodeGlobalId('PixCharge', 'PAGSTAR', REF), REF);
    expect(pollers.activeCount).toBe(1);
    stop!();
    expect(pollers.activeCount).toBe(0);
    pollers.close();
  });
});
