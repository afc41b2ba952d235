import { checkPixKey } from '../../../../src/domain/pix-payouts/pix-key';
import { payoutBatchId } from '../../../../src/domain/pix-payouts/batch-id';
import { brasiliaToday } from '../../../../src/lib/brasilia-calendar';
import { PixKeyType } from '../../../../src/domain/pix-payouts/model';
import { validateCreatePixPayoutBatch } from '../../../../src/domain/pix-payouts/validate';
import { ASTRA_ASSUMPTIONS } from '../../../../src/datasources/astra/assumptions';

describe('Pix keys per type (ASM-A30)', () => {
  test.each([
    [PixKeyType.CPF, '123.456.789-09', '12345678909'],
    [PixKeyType.CNPJ, '11.222.333/0001-81', '11222333000181'],
    [PixKeyType.EMAIL, ' Ana@Example.com ', 'ana@example.com'],
    [PixKeyType.PHONE, '+5511987654321', '+5511987654321'],
    [PixKeyType.RANDOM, '2B7E1C4D-9A3F-4E8B-B6D2-7C1F0E9A8B35', '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35'],
  ])('%s %s → %s', (type, raw, value) => {
    expect(checkPixKey(type, raw, 77)).toEqual({ ok: true, value });
  });

  test.each([
    [PixKeyType.CPF, '12345678900'],
    [PixKeyType.CPF, '11222333000181'],
    [PixKeyType.CNPJ, '11222333000180'],
    [PixKeyType.EMAIL, 'ana@'],
    [PixKeyType.EMAIL, `${'a'.repeat(70)}@example.com`],
    [PixKeyType.PHONE, '+14155550100'],
    [PixKeyType.PHONE, '5511987654321'],
    [PixKeyType.RANDOM, '123e4567e89b12d3a456426614174000'],
  ])('%s %s is refused', (type, raw) => {
    expect(checkPixKey(type, raw, 77).ok).toBe(false);
  });
});

describe('batch id and dates', () => {
  test('the batch id is stable per (client, key), differs across clients and fits Astra (≤ 50)', () => {
    const id = payoutBatchId('client-a', 'key-1');
    expect(id).toBe(payoutBatchId('client-a', 'key-1'));
    expect(id).not.toBe(payoutBatchId('client-b', 'key-1'));
    expect(id).not.toBe(payoutBatchId('client-a', 'key-2'));
    expect(id.length).toBeLessThanOrEqual(50);
    expect(id).not.toContain('key-1');
  });

  test('Brasília date is UTC−3: 02:59 UTC is still the day before', () => {
    expect(brasiliaToday(new Date('2026-03-10T02:59:00Z'))).toBe('2026-03-09');
    expect(brasiliaToday(new Date('2026-03-10T03:00:00Z'))).toBe('2026-03-10');
  });

  test('a scheduled date of today (Brasília) is accepted, yesterday is not', () => {
    const base = {
      debitAccount: { agency: '1', account: '2', accountDigit: 'X', accountType: 'CHECKING' as never },
      payments: [{ paymentId: 'a', pixKey: { type: PixKeyType.CPF, value: '12345678909' }, amount: 1, beneficiaryName: 'A', scheduledDate: '2026-03-09' }],
    };
    expect(validateCreatePixPayoutBatch(base, ASTRA_ASSUMPTIONS.pixCheckout.limits, '2026-03-09').ok).toBe(true);
    const late = validateCreatePixPayoutBatch(base, ASTRA_ASSUMPTIONS.pixCheckout.limits, '2026-03-10');
    expect(late.ok ? [] : late.errors.map((e) => e.field)).toEqual([['input', 'payments', '0', 'scheduledDate']]);
  });
});
