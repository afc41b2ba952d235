import { centsToReais, formatCents, parseDecimal, reaisToCents } from '../../../src/lib/money';

const cents = (input: string) => {
  const result = parseDecimal(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.reason}`);
  return result.cents;
};

describe('parseDecimal', () => {
  it.each([
    ['100', 10000],
    ['100.5', 10050],
    ['100.50', 10050],
    ['0', 0],
    ['0.01', 1],
    ['0.07', 7],
    ['10.05', 1005],
    ['999999.99', 99999999],
    ['123456789.01', 12345678901],
    ['9999999999999.99', 999999999999999],
  ])('accepts %p as %p cents', (input, expected) => {
    expect(parseDecimal(input)).toEqual({ ok: true, cents: expected });
  });

  it.each([
    ['', 'empty'],
    [' ', 'whitespace'],
    [' 1.00', 'leading whitespace'],
    ['1.00 ', 'trailing whitespace'],
    ['-1', 'a minus sign'],
    ['+1', 'a plus sign'],
    ['1.001', 'three fraction digits'],
    ['1e3', 'an exponent'],
    ['1E3', 'an upper-case exponent'],
    ['1,00', 'a comma'],
    ['1.000,00', 'thousands separators'],
    ['abc', 'letters'],
    ['.5', 'a leading dot'],
    ['1.', 'a trailing dot'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['0x10', 'hex'],
    ['１', 'full-width digits'],
    ['١', 'Arabic-Indic digits'],
    ['1_000', 'numeric separators'],
    ['12345678901234', 'fourteen integer digits'],
  ])('rejects %p (%s) with a reason', (input) => {
    const result = parseDecimal(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toEqual(expect.any(String));
  });

  it('explains each kind of rejection', () => {
    expect(parseDecimal('')).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(parseDecimal('1.001')).toEqual({ ok: false, reason: expect.stringMatching(/2 fraction digits/) });
    expect(parseDecimal('12345678901234')).toEqual({ ok: false, reason: expect.stringMatching(/13 integer digits/) });
  });

  it('accepts 13 integer digits and always returns a safe integer', () => {
    const result = cents('9999999999999.99');
    expect(Number.isSafeInteger(result)).toBe(true);
  });
});

describe('formatCents', () => {
  it.each([
    [10000, '100.00'],
    [1, '0.01'],
    [0, '0.00'],
    [-150, '-1.50'],
    [-1, '-0.01'],
    [10050, '100.50'],
    [99999999, '999999.99'],
    [999999999999999, '9999999999999.99'],
  ])('formats %p as %p', (value, expected) => {
    expect(formatCents(value)).toBe(expected);
  });

  it('formats negative zero as 0.00', () => {
    expect(formatCents(-0)).toBe('0.00');
  });

  it.each([1.5, 0.1, NaN, Infinity, 2 ** 53])('throws on %p, which is not a safe integer', (value) => {
    expect(() => formatCents(value)).toThrow(/integer cents/);
  });

  it('round-trips every parsed decimal through formatCents', () => {
    for (const text of ['0.00', '0.01', '0.07', '1.00', '10.05', '100.50', '999999.99', '123456789.01']) {
      expect(formatCents(cents(text))).toBe(text);
    }
    expect(formatCents(cents('100'))).toBe('100.00');
    expect(formatCents(cents('100.5'))).toBe('100.50');
  });
});

describe('centsToReais', () => {
  it('gives the JSON number a provider expects', () => {
    expect(centsToReais(10001)).toBe(100.01);
    expect(JSON.stringify({ amount: centsToReais(10001) })).toBe('{"amount":100.01}');
    expect(JSON.stringify(centsToReais(7))).toBe('0.07');
    expect(JSON.stringify(centsToReais(12345678901))).toBe('123456789.01');
  });

  it('is exactly the number the decimal text denotes', () => {
    for (let value = 0; value <= 100_000; value += 1) {
      if (centsToReais(value) !== Number(formatCents(value))) throw new Error(`mismatch for ${value}`);
    }
  });

  it('throws on non-integer cents', () => {
    expect(() => centsToReais(1.5)).toThrow(/integer cents/);
  });
});

describe('reaisToCents', () => {
  it('reads provider numbers without float drift', () => {
    // The classic bugs: 10.05 * 100 = 1004.9999999999999, 0.07 * 100 = 7.000000000000001.
    expect(reaisToCents(10.05)).toBe(1005);
    expect(reaisToCents(0.07)).toBe(7);
    expect(reaisToCents(1.1)).toBe(110);
    expect(reaisToCents(4.35)).toBe(435);
    expect(reaisToCents(100)).toBe(10000);
    expect(reaisToCents(0)).toBe(0);
    expect(reaisToCents(-0)).toBe(0);
    expect(reaisToCents(-1.5)).toBe(-150);
    expect(reaisToCents(999999.99)).toBe(99999999);
    expect(reaisToCents(123456789.01)).toBe(12345678901);
  });

  it('expands exponent notation of huge but exact amounts', () => {
    expect(String(1e21)).toBe('1e+21');
    expect(() => reaisToCents(1e21)).toThrow(/too large/);
    expect(reaisToCents(1e13)).toBe(1e15);
  });

  it.each([
    [1.005, /more than 2 decimal/],
    [0.001, /more than 2 decimal/],
    [1e-7, /more than 2 decimal/],
    [1.5e-7, /more than 2 decimal/],
    [0.1 + 0.2, /more than 2 decimal/],
    [NaN, /not a finite number/],
    [Infinity, /not a finite number/],
    [-Infinity, /not a finite number/],
    [2 ** 53, /too large/],
  ])('throws a plain Error for %p', (value, message) => {
    expect(() => reaisToCents(value)).toThrow(message);
    try {
      reaisToCents(value);
    } catch (error) {
      expect((error as Error).constructor).toBe(Error);
    }
  });

  it('round-trips reaisToCents(centsToReais(x)) for every cent up to R$ 2,000 and edge values', () => {
    for (let value = 0; value <= 200_000; value += 1) {
      if (reaisToCents(centsToReais(value)) !== value) throw new Error(`round-trip failed for ${value}`);
    }
    const edges = [1, 7, 100, 1005, 10005, 100500, 99999999, 12345678901, 999999999999999, -1, -1005];
    for (const value of edges) expect(reaisToCents(centsToReais(value))).toBe(value);
  });

  it('round-trips random amounts across the whole supported range', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 50_000; i += 1) {
      const value = (next() * 2 ** 19 + next()) % 1_000_000_000_000_000; // up to 15 digits
      if (reaisToCents(centsToReais(value)) !== value) throw new Error(`round-trip failed for ${value}`);
    }
  });
});
