import { splitIntoInstallments } from '../../../../../src/datasources/astra/payment-links/installments';
import { paymentLinkFromWire } from '../../../../../src/datasources/astra/payment-links/transformers';
import type { AstraPaymentLinkWire } from '../../../../../src/datasources/astra/payment-links/wire';
import { loadFixture } from '../../../../helpers/wire-fixtures';

const object = loadFixture<AstraPaymentLinkWire>('astra', 'asm-a26-payment-link-object').body;

describe('ASM-A56: installments add up to the total, the first absorbing the remaining cents', () => {
  test.each([
    [15_001, 2, [7_501, 7_500]],
    [10_000, 3, [3_334, 3_333, 3_333]],
    [20_000, 3, [6_668, 6_666, 6_666]],
    [10_005, 10, [1_005, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000]],
    [5, 10, [5, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [1, 1, [1]],
  ])('%i cents in %i → %j', (total, count, expected) => {
    const split = splitIntoInstallments(total, count);
    expect(split).toEqual(expected);
    expect(split.reduce((sum, cents) => sum + cents, 0)).toBe(total);
  });

  test('every option of every amount 0.01–20.00 in 1–10 installments adds up', () => {
    for (let total = 1; total <= 2_000; total++) {
      for (let count = 1; count <= 10; count++) {
        const split = splitIntoInstallments(total, count);
        expect(split).toHaveLength(count);
        expect(split.reduce((sum, cents) => sum + cents, 0)).toBe(total);
      }
    }
  });

  test('the ASM-A26 example maps each option to its installment list, and the verification token to its digits (ASM-A57)', () => {
    const link = paymentLinkFromWire(object);
    expect(link.installmentOptions.map((option) => option.installmentAmounts.map((money) => money.amount))).toEqual([[10_000], [5_000, 5_000], [3_334, 3_333, 3_333]]);
    expect(link.verificationToken).toBe('457856');
    expect(paymentLinkFromWire({ ...object, verificationToken: null }).verificationToken).toBeNull();
  });
});
