/**
 * Amounts as the API Pix writes them (`\d{1,10}\.\d{2}`, e.g. "37.00") and integer cents. No
 * floats: percentages are computed in bigint hundredths and rounded half-up once (ASM-X44).
 */
const AMOUNT = /^\d{1,10}\.\d{2}$/;

export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT.test(value);
}

export function toCents(amount: string): number {
  const [reais, centavos] = amount.split('.');
  return Number(reais) * 100 + Number(centavos);
}

export function fromCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  return `${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * `baseCents × rate × factorNumerator / factorDenominator`, where `rate` is an amount-shaped
 * percentage ("2.00" = 2 %), rounded half-up to the cent.
 */
export function percentOf(baseCents: number, rate: string, factorNumerator = 1, factorDenominator = 1): number {
  const numerator = BigInt(baseCents) * BigInt(toCents(rate)) * BigInt(factorNumerator);
  const denominator = 10_000n * BigInt(factorDenominator);
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}
