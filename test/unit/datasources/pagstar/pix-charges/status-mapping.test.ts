import { PixChargeStatus } from '../../../../../src/domain/pix-charges/model';
import { PAGSTAR_ASSUMPTIONS as A } from '../../../../../src/datasources/pagstar/assumptions';
import { chargeStatusFromWire, checkStateFromHttp, webhookStatusFromWire } from '../../../../../src/datasources/pagstar/pix-charges/transformers';

describe('Pagstar status mapping', () => {
  test.each([
    [0, PixChargeStatus.ACTIVE, '0'],
    [1, PixChargeStatus.PAID, '1'],
    // 2 = cancelled unpaid, set by Pagstar 1 h after expiration_date (ASM-P06): an expiry.
    [2, PixChargeStatus.EXPIRED, '2'],
    ['1', PixChargeStatus.PAID, '1'],
    ['0', PixChargeStatus.ACTIVE, '0'],
  ])('GET status %p → %s, raw %p kept', (raw, status, providerStatus) => {
    expect(chargeStatusFromWire(raw)).toEqual({ status, providerStatus });
  });

  test.each([[3], [-1], [1.5], ['paid'], ['01x'], [true]])('an unknown status %p → UNKNOWN with the raw value kept', (raw) => {
    expect(chargeStatusFromWire(raw)).toEqual({ status: PixChargeStatus.UNKNOWN, providerStatus: String(raw) });
  });

  test.each([[null], [undefined], [{ code: 1 }]])('no usable status %p → UNKNOWN, providerStatus null', (raw) => {
    expect(chargeStatusFromWire(raw)).toEqual({ status: PixChargeStatus.UNKNOWN, providerStatus: null });
  });

  test('every ASM-P06 code has a mapping, and no known code maps to UNKNOWN', () => {
    for (const code of Object.values(A.status)) expect(chargeStatusFromWire(code).status).not.toBe(PixChargeStatus.UNKNOWN);
    expect(new Set(Object.values(A.status).map((code) => chargeStatusFromWire(code).status)).size).toBe(Object.keys(A.status).length);
  });

  test.each([
    ['approved', PixChargeStatus.PAID],
    ['APPROVED', PixChargeStatus.PAID],
    ['cancelled', PixChargeStatus.EXPIRED],
    ['refunded', PixChargeStatus.UNKNOWN],
    [7, PixChargeStatus.UNKNOWN],
  ])('webhook status %p claims %s', (raw, status) => {
    expect(webhookStatusFromWire(raw)).toBe(status);
  });

  test.each([
    [200, 'paid'],
    [422, 'pending'],
    [410, 'cancelled'],
    [404, 'unknown'],
    [400, 'other'],
    [204, 'other'],
  ])('HEAD /check %i → %s', (status, state) => {
    expect(checkStateFromHttp(status)).toBe(state);
  });
});
