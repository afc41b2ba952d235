import { checkPixKey } from '../../../../src/domain/pix-payouts/pix-key';
import { PixKeyType } from '../../../../src/domain/pix-payouts/model';

const EMAIL_MAX = 77; // ASM-A30
const accepts = (type: PixKeyType, raw: string) => checkPixKey(type, raw, EMAIL_MAX);
const FORBIDDEN = ['\u0000', '\u0007', '\t', '\n', '\u007f', '\u0085', '\u202e', '\u2066', '\u200f', '\u061c'];

describe('Pix keys are validated per type (issue 23, case 5)', () => {
  describe('EMAIL', () => {
    test.each([
      ['ana@example.com', 'ana@example.com'],
      [' Ana.Souza+pix@Mail.Example.com.br ', 'ana.souza+pix@mail.example.com.br'],
      ["o'neil_x-y@sub-domain.example.org", "o'neil_x-y@sub-domain.example.org"],
      [`${'a'.repeat(65)}@example.com`, `${'a'.repeat(65)}@example.com`],
    ])('accepts %j as %j', (raw, value) => {
      expect(accepts(PixKeyType.EMAIL, raw)).toEqual({ ok: true, value });
    });

    test.each([
      'ana',
      'ana@',
      '@example.com',
      'ana@example',
      'ana@example.c',
      'ana@@example.com',
      'ana@exa mple.com',
      'a na@example.com',
      '.ana@example.com',
      'ana.@example.com',
      'an..a@example.com',
      'ana@-example.com',
      'ana@example-.com',
      'ana@example..com',
      'ana@[127.0.0.1]',
      '"ana"@example.com',
      'anã@example.com',
      'ana@exämple.com',
      `${'a'.repeat(66)}@example.com`,
    ])('refuses %j', (raw) => {
      expect(accepts(PixKeyType.EMAIL, raw)).toEqual({ ok: false, reason: 'must be an e-mail address of at most 77 characters' });
    });
  });

  describe('PHONE (+55 E.164)', () => {
    test.each(['+5511987654321', '+5521912345678', '+551133334444', '+558540041234', ' +5599999999999 '])('accepts %j', (raw) => {
      expect(accepts(PixKeyType.PHONE, raw)).toEqual({ ok: true, value: raw.trim() });
    });

    test.each([
      '5511987654321',
      '+14155550100',
      '+55 11 98765-4321',
      '+5501987654321',
      '+5510987654321',
      '+551187654321',
      '+55119876543210',
      '+55119876543',
      '+551163334444',
      '+55(11)987654321',
    ])('refuses %j', (raw) => {
      expect(accepts(PixKeyType.PHONE, raw).ok).toBe(false);
    });
  });

  describe('CPF and CNPJ (check digits)', () => {
    test.each([
      [PixKeyType.CPF, '123.456.789-09', '12345678909'],
      [PixKeyType.CPF, '12345678909', '12345678909'],
      [PixKeyType.CNPJ, '11.222.333/0001-81', '11222333000181'],
      [PixKeyType.CNPJ, '11222333000181', '11222333000181'],
    ])('%s %j → %j', (type, raw, value) => {
      expect(accepts(type, raw)).toEqual({ ok: true, value });
    });

    test.each([
      [PixKeyType.CPF, '12345678900', 'is not a valid CPF: it is not a valid CPF (check digits)'],
      [PixKeyType.CPF, '11222333000181', 'is a CNPJ, not a CPF'],
      [PixKeyType.CNPJ, '11222333000180', 'is not a valid CNPJ: it is not a valid CNPJ (check digits)'],
      [PixKeyType.CNPJ, '12345678909', 'is a CPF, not a CNPJ'],
    ])('%s %j is refused: %s', (type, raw, reason) => {
      expect(accepts(type, raw)).toEqual({ ok: false, reason });
    });
  });

  describe('RANDOM (EVP: UUID v4, lowercase)', () => {
    test.each([
      ['2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35', '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35'],
      ['2B7E1C4D-9A3F-4E8B-B6D2-7C1F0E9A8B35', '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35'],
    ])('accepts %j as %j', (raw, value) => {
      expect(accepts(PixKeyType.RANDOM, raw)).toEqual({ ok: true, value });
    });

    test.each([
      '123e4567-e89b-12d3-a456-426614174000',
      '2b7e1c4d-9a3f-4e8b-06d2-7c1f0e9a8b35',
      '2b7e1c4d9a3f4e8bb6d27c1f0e9a8b35',
      '{2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35}',
      '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b3',
      '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b3g',
    ])('refuses %j', (raw) => {
      expect(accepts(PixKeyType.RANDOM, raw).ok).toBe(false);
    });
  });

  describe('control and bidirectional characters, for every type', () => {
    const valid: Array<[PixKeyType, string]> = [
      [PixKeyType.EMAIL, 'ana@example.com'],
      [PixKeyType.PHONE, '+5511987654321'],
      [PixKeyType.CPF, '12345678909'],
      [PixKeyType.CNPJ, '11222333000181'],
      [PixKeyType.RANDOM, '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35'],
    ];
    test.each(valid.flatMap(([type, value]) => FORBIDDEN.map((c) => [type, c.codePointAt(0)!.toString(16), `${value.slice(0, 3)}${c}${value.slice(3)}`, `${value}${c}`])))(
      '%s with U+%s inside or at the end is refused',
      (type, _hex, inside, atEnd) => {
        for (const raw of [inside, atEnd]) {
          expect(accepts(type as PixKeyType, raw)).toEqual({ ok: false, reason: 'must not contain control or bidirectional-override characters' });
        }
      },
    );
  });
});
