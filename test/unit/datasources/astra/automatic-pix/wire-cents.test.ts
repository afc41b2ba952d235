/**
 * Automatic Pix takes integer cents on the wire, the rest of Astra decimal reais (ASM-A38). The
 * public Decimal string → cents → wire → Money → Decimal string must be exact for every amount,
 * including those not exact in binary floating point (0.29, 1.005-style, 0.1 + 0.2).
 */
import { createPaymentToWire, paymentFromWire } from '../../../../../src/datasources/astra/automatic-pix/transformers';
import { centsToWire, moneyFromWire } from '../../../../../src/datasources/astra/automatic-pix/wire-cents';
import { formatCents, parseDecimal } from '../../../../../src/lib/money';

function wireRoundTrip(decimal: string): { wire: number; back: string } {
  const parsed = parseDecimal(decimal);
  if (!parsed.ok) throw new Error(parsed.reason);
  const body = createPaymentToWire({ authorizationId: 'a', amountCents: parsed.cents, dueDate: '2030-01-01' });
  const record = paymentFromWire({
    paymentId: 'p',
    authorizationId: 'a',
    amount: body.amount,
    dueDate: '2030-01-01',
    scheduledDate: '2030-01-01',
    status: 'SCHEDULED',
    retryCount: 0,
  });
  return { wire: body.amount, back: formatCents(record.amount.amount) };
}

/** Mulberry32: a seeded generator, so a failure names its input and reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Automatic Pix money on the wire', () => {
  test.each([
    ['0.01', 1],
    ['999999.99', 99_999_999],
    ['0.29', 29],
    ['0.07', 7],
    ['1.10', 110],
    ['10.05', 1005],
    ['4.35', 435],
    ['1234567.89', 123_456_789],
  ])('%s → %i cents on the wire and back exactly', (decimal, cents) => {
    expect(wireRoundTrip(decimal)).toEqual({ wire: cents, back: decimal });
  });

  test('property: 10,000 random Decimals (1–9 integer digits, 0–2 fraction digits) survive exactly', () => {
    const next = random(13);
    for (let i = 0; i < 10_000; i++) {
      const integer = String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 9))));
      const fractionDigits = Math.floor(next() * 3);
      const fraction = Array.from({ length: fractionDigits }, () => Math.floor(next() * 10)).join('');
      const decimal = fractionDigits ? `${integer}.${fraction}` : integer;
      const expected = formatCents(Number(integer) * 100 + Number(fraction.padEnd(2, '0')));
      const { wire, back } = wireRoundTrip(decimal);
      expect(Number.isInteger(wire)).toBe(true);
      if (back !== expected) throw new Error(`${decimal} came back as ${back}, expected ${expected}`);
    }
  });

  test('a wire amount that is not integer cents is refused, never rounded', () => {
    expect(() => moneyFromWire(99.9)).toThrow(/not integer cents/);
    expect(() => moneyFromWire(-1)).toThrow(/not integer cents/);
    expect(() => centsToWire(0.1 + 0.2)).toThrow(/integer cents/);
    expect(moneyFromWire(0)).toEqual({ amount: 0, currency: 'BRL' });
  });
});
