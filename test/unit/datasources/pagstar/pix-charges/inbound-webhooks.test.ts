import { PixChargeStatus } from '../../../../../src/domain/pix-charges/model';
import { parsePagstarDelivery } from '../../../../../src/datasources/pagstar/pix-charges/webhook-payload';
import { pagstarChargeEventId } from '../../../../../src/datasources/pagstar/pix-charges/charge-events';
import { eventIdFor } from '../../../../../src/events/webhook-relay';

const REF = '47023acc-0727-476a-a011-9d759e7f58c9';
const body = (overrides: Record<string, unknown> = {}) => ({
  status: 'approved',
  type: 'payment',
  value: 10.01,
  external_reference: REF,
  transaction_id: 'order-1',
  end2end: null,
  user_id: null,
  created_at: '2024-01-15T13:30:00.000000Z',
  updated_at: '2024-01-15T13:30:03.000000Z',
  ...overrides,
});

describe('Pagstar notifications', () => {
  test("an approved payment claims PAID; its relay event id is the poller's id for (reference, PAID)", () => {
    const delivery = parsePagstarDelivery(body());
    expect(delivery).toEqual({ kind: 'payment', dedupKey: `pix:${REF}:PAID`, reference: REF, claimed: PixChargeStatus.PAID, occurredAt: new Date('2024-01-15T13:30:03.000Z') });
    // The relay names a delivery eventIdFor("<PROVIDER>:<dedupKey>").
    expect(eventIdFor(`PAGSTAR:${(delivery as { dedupKey: string }).dedupKey}`)).toBe(pagstarChargeEventId(REF, PixChargeStatus.PAID));
  });

  test('event ids depend on provider, reference and status only', () => {
    expect(pagstarChargeEventId(REF, PixChargeStatus.PAID)).toBe(pagstarChargeEventId(REF, PixChargeStatus.PAID));
    expect(pagstarChargeEventId(REF, PixChargeStatus.PAID)).not.toBe(pagstarChargeEventId(REF, PixChargeStatus.EXPIRED));
    expect(pagstarChargeEventId(REF, PixChargeStatus.PAID)).not.toBe(pagstarChargeEventId(`${REF}0`, PixChargeStatus.PAID));
  });

  test('cancelled claims EXPIRED; an unknown status is still confirmable under its own key', () => {
    expect(parsePagstarDelivery(body({ status: 'cancelled' }))).toMatchObject({ kind: 'payment', claimed: PixChargeStatus.EXPIRED, dedupKey: `pix:${REF}:EXPIRED` });
    expect(parsePagstarDelivery(body({ status: 'chargeback' }))).toMatchObject({ kind: 'payment', claimed: PixChargeStatus.UNKNOWN, dedupKey: `pix:${REF}:raw:chargeback` });
  });

  test('transfers are recognised (to be acknowledged and ignored)', () => {
    expect(parsePagstarDelivery(body({ type: 'transfer', end2end: 'E123' }))).toEqual({ kind: 'transfer', dedupKey: `transfer:${REF}:approved`, occurredAt: expect.any(Date) });
  });

  test.each([
    ['not an object', 'approved'],
    ['an array', []],
    ['no reference', body({ external_reference: undefined })],
    ['a reference with a path', body({ external_reference: '../x' })],
    ['no status', body({ status: 1 })],
    ['an unknown type', body({ type: 'refund' })],
  ])('%s → invalid', (_name, payload) => {
    expect(parsePagstarDelivery(payload)).toMatchObject({ kind: 'invalid' });
  });

  test('an unreadable updated_at is no date (the relay then skips its staleness check)', () => {
    expect(parsePagstarDelivery(body({ updated_at: 'ontem' }))).toMatchObject({ occurredAt: null });
  });
});
