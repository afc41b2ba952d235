import { parsePayoutProviderId, paymentDigest, payoutProviderId } from '../../../../src/domain/pix-payouts/payout-id';
import { decodeGlobalId, encodeGlobalId } from '../../../../src/lib/global-id';
import { pixPayoutMovedOn } from '../../../../src/domain/pix-payouts/progress';
import { PixPayoutStatus, type PixPayoutRecord } from '../../../../src/domain/pix-payouts/model';

const BATCH = `PG${'a1'.repeat(20)}`; // Paygraph's batch ids: PG + 40 hex

describe('PixPayout global ids: batch + digest of a free-text payment id, within ASM-A55', () => {
  test.each(['PAY-1', 'salário março/2025 #7', 'x'.repeat(50), 'a:b.c/../d'])('%s round-trips through a valid Astra global id', (paymentId) => {
    const providerId = payoutProviderId(BATCH, paymentId);
    const id = encodeGlobalId('PixPayout', 'ASTRA', providerId);
    expect(decodeGlobalId(id)).toEqual({ type: 'PixPayout', provider: 'ASTRA', providerId });
    expect(parsePayoutProviderId(providerId)).toEqual({ batchId: BATCH, digest: paymentDigest(paymentId) });
  });
  test('two payments of a batch have different ids; the same payment always the same', () => {
    expect(payoutProviderId(BATCH, 'PAY-1')).not.toBe(payoutProviderId(BATCH, 'PAY-2'));
    expect(payoutProviderId(BATCH, 'PAY-1')).toBe(payoutProviderId(BATCH, 'PAY-1'));
  });
  test.each(['', 'short', `${BATCH}-0123456789abcdef`, `${BATCH}_0123456789ABCDEZ`, `_0123456789abcdef`])('malformed %j → null', (providerId) => {
    expect(parsePayoutProviderId(providerId)).toBeNull();
  });
});

describe('pixPayoutMovedOn: PENDING → PAID | FAILED | CANCELLED, never back', () => {
  const at = (status: PixPayoutStatus, providerStatus: string = status) => ({ status, providerStatus }) as PixPayoutRecord;
  test.each([
    [at(PixPayoutStatus.PAID), at(PixPayoutStatus.PENDING), true],
    [at(PixPayoutStatus.FAILED), at(PixPayoutStatus.PENDING), true],
    [at(PixPayoutStatus.PAID), at(PixPayoutStatus.PAID), false],
    [at(PixPayoutStatus.PENDING), at(PixPayoutStatus.PAID), false],
    [at(PixPayoutStatus.UNKNOWN, 'RETURNED'), at(PixPayoutStatus.PAID), true],
  ] as const)('%o after %o → %s', (candidate, last, expected) => {
    expect(pixPayoutMovedOn(candidate, last)).toBe(expected);
  });
});
