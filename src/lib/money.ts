/**
 * Money is integer cents inside Paygraph: a JS safe integer, never a float.
 * Strings are the public form ("100.00", the `Decimal` scalar); JSON numbers in reais only exist at
 * the provider boundary, and are converted through their decimal string form so that binary
 * floating point never decides a cent (Math.round(1.005 * 100) === 100, not 101).
 */

export type ParseDecimalResult = { ok: true; cents: number } | { ok: false; reason: string };

/**
 * 13 integer digits + 2 fraction digits = 15 significant digits, always below 2^53, so every
 * accepted amount is an exact safe integer of cents. Per-field business limits (e.g. a Pix amount's
 * maximum, "> 0 where required") are the validators' job, not this parser's.
 */
const MAX_INTEGER_DIGITS = 13;

// ASCII digits only ([0-9], not \d with the u flag, which would also be ASCII but says it louder).
const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

/** Parses a public decimal string ("100", "100.5", "100.50") into integer cents. Never throws. */
export function parseDecimal(input: string): ParseDecimalResult {
  if (typeof input !== 'string' || input.length === 0) return fail('must not be empty');
  const match = DECIMAL.exec(input);
  if (!match) {
    return fail('must be a plain decimal number with "." as separator, e.g. "100.00" (no sign, spaces, commas or exponent)');
  }
  const [, integer, fraction = ''] = match;
  if (integer.length > MAX_INTEGER_DIGITS) return fail(`must have at most ${MAX_INTEGER_DIGITS} integer digits`);
  if (fraction.length > 2) return fail('must have at most 2 fraction digits');
  // Pure string arithmetic: "12" + "50" → 1250; no parseFloat anywhere.
  return { ok: true, cents: Number(integer + fraction.padEnd(2, '0')) };
}

/** Integer cents → "100.00" / "0.01" / "-1.50". Throws on anything that is not a safe integer. */
export function formatCents(cents: number): string {
  assertCents(cents);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const sign = cents < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Integer cents → the JSON number a provider expects in reais (10001 → 100.01). IEEE division is
 * correctly rounded, so the result is the same double that parsing "100.01" gives, and it
 * serialises back to exactly that text.
 */
export function centsToReais(cents: number): number {
  assertCents(cents);
  return cents / 100;
}

/**
 * A provider's JSON number in reais → integer cents, via `String(value)` (the shortest text that
 * round-trips, e.g. "0.07"), so 10.05 gives 1005 and not 1004.9999…. Throws a plain Error when the
 * number has more than 2 decimals, is not finite, or does not fit a safe integer of cents.
 */
export function reaisToCents(value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`Amount is not a finite number: ${String(value)}`);
  }
  const { negative, integer, fraction } = toPlainDecimal(String(value));
  if (fraction.length > 2) throw new Error(`Amount has more than 2 decimal places: ${String(value)}`);
  const cents = Number(integer + fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount is too large to be exact in cents: ${String(value)}`);
  return negative && cents !== 0 ? -cents : cents;
}

/** Expands JS number text (possibly "1e-7" or "1.5e+21") into sign, integer and fraction digits. */
function toPlainDecimal(text: string): { negative: boolean; integer: string; fraction: string } {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:e([+-][0-9]+))?$/.exec(text);
  if (!match) throw new Error(`Amount is not a decimal number: ${text}`);
  const [, sign, intPart, fracPart = '', exp = '0'] = match;
  const digits = intPart + fracPart;
  // Position of the decimal point inside `digits` after applying the exponent.
  const point = intPart.length + Number(exp);
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  return {
    negative: sign === '-',
    integer: padded.slice(0, at).replace(/^0+(?=[0-9])/, ''),
    fraction: padded.slice(at).replace(/0+$/, ''),
  };
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) {
    throw new Error(`Money must be integer cents (a safe integer), got ${String(cents)}`);
  }
}

function fail(reason: string): ParseDecimalResult {
  return { ok: false, reason };
}
