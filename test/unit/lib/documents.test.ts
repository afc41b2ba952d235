import { maskDocument, parseDocument } from '../../../src/lib/documents';

/**
 * Independent reference for the check digits (Receita Federal, "Cálculo do DV do CNPJ
 * alfanumérico"): each character's value is its ASCII code − 48, weights 2..9 cycling from the
 * right, DV = 0 when the remainder is < 2, else 11 − remainder. The numeric CNPJ is the special case
 * where every character is a digit. Used only to cross-check the library on generated vectors.
 */
function cnpjCheckDigits(base12: string): string {
  const dv = (chars: string) => {
    let sum = 0;
    for (let i = 0; i < chars.length; i += 1) {
      sum += (chars.charCodeAt(chars.length - 1 - i) - 48) * ((i % 8) + 2);
    }
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const first = dv(base12);
  return `${first}${dv(base12 + first)}`;
}

function cpfCheckDigits(base9: string): string {
  const dv = (digits: string) => {
    let sum = 0;
    for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * (digits.length + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const first = dv(base9);
  return `${first}${dv(base9 + first)}`;
}

describe('parseDocument', () => {
  it.each([
    ['12345678909', 'CPF', '12345678909'],
    ['123.456.789-09', 'CPF', '12345678909'],
    ['  123.456.789-09 ', 'CPF', '12345678909'],
    ['11222333000181', 'CNPJ', '11222333000181'],
    ['11.222.333/0001-81', 'CNPJ', '11222333000181'],
    // The Receita Federal's published example of the alphanumeric CNPJ.
    ['12.ABC.345/01DE-35', 'CNPJ', '12ABC34501DE35'],
    ['12ABC34501DE35', 'CNPJ', '12ABC34501DE35'],
    ['12abc34501de35', 'CNPJ', '12ABC34501DE35'],
    ['Q0.SLF.MBD/7VX4-39', 'CNPJ', 'Q0SLFMBD7VX439'],
  ])('accepts %p as a %s, unformatted', (input, kind, value) => {
    expect(parseDocument(input)).toEqual({ ok: true, kind, value });
  });

  it.each([
    ['12345678900', 'a CPF with a wrong check digit'],
    ['123.456.789-00', 'a formatted CPF with a wrong check digit'],
    ['11222333000182', 'a CNPJ with a wrong check digit'],
    ['12.ABC.345/01DE-36', 'an alphanumeric CNPJ with a wrong check digit'],
    ['11111111111', 'repeated CPF digits'],
    ['00000000000', 'zero CPF'],
    ['11111111111111', 'repeated CNPJ digits'],
    ['00000000000000', 'zero CNPJ'],
    ['1234567890', 'ten digits'],
    ['123456789091', 'twelve digits'],
    ['112223330001811', 'fifteen digits'],
    ['', 'empty'],
    ['   ', 'whitespace'],
    ['123-456-789.09', 'a mixed-up mask'],
    ['123 456 789 09', 'spaces inside'],
    ['12.345.678.909', 'a wrong mask'],
    ['12ABC34501DEAB', 'letters in the check digits'],
    ['12.ABC.345/01DE35', 'a half mask'],
    ['１２３４５６７８９０９', 'full-width digits'],
    ['12ÀBC34501DE35', 'non-ASCII letters'],
    ['x'.repeat(10_000), 'a huge string'],
  ])('rejects %p (%s) with a reason', (input) => {
    const result = parseDocument(input);
    expect(result).toEqual({ ok: false, reason: expect.any(String) });
  });

  it('never echoes the number in the reason', () => {
    const result = parseDocument('12345678900');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toContain('12345678900');
  });

  it('agrees with an independent check-digit reference on generated alphanumeric CNPJs', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 500; n += 1) {
      let base = '';
      for (let i = 0; i < 12; i += 1) base += alphabet[next() % alphabet.length];
      const good = base + cnpjCheckDigits(base);
      expect(parseDocument(good)).toEqual({ ok: true, kind: 'CNPJ', value: good });
      const wrong = base + String((Number(good.slice(12)) + 1) % 100).padStart(2, '0');
      expect(parseDocument(wrong).ok).toBe(false);
    }
  });

  it('agrees with an independent check-digit reference on generated CPFs', () => {
    for (let n = 100_000_001; n < 999_999_999; n += 7_777_777) {
      const base = String(n);
      const good = base + cpfCheckDigits(base);
      expect(parseDocument(good)).toEqual({ ok: true, kind: 'CPF', value: good });
    }
  });
});

describe('maskDocument', () => {
  it('keeps only middle digits of a CPF', () => {
    expect(maskDocument('12345678909')).toBe('***.456.789-**');
    expect(maskDocument('123.456.789-09')).toBe('***.456.789-**');
  });

  it('keeps only middle characters of a CNPJ, hiding the branch and check digits', () => {
    expect(maskDocument('11222333000181')).toBe('**.222.333/****-**');
    expect(maskDocument('12.ABC.345/01DE-35')).toBe('**.ABC.345/****-**');
  });

  it('masks anything else completely', () => {
    expect(maskDocument('')).toBe('***');
    expect(maskDocument('123')).toBe('***');
    expect(maskDocument('123456789012')).toBe('***');
  });

  it('never contains the whole number', () => {
    for (const doc of ['12345678909', '11222333000181', '12ABC34501DE35']) {
      const masked = maskDocument(doc).replace(/[^0-9A-Z]/g, '');
      expect(masked.length).toBeLessThanOrEqual(6);
    }
  });
});
