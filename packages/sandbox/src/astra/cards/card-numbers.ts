/**
 * ASM-A44 card number rules the simulator applies, as Astra documents them. A copy of the few rules
 * Paygraph's own input checks use (src/lib/card-data.ts): the simulator stands for the provider and
 * must not import the product, so a bug in one side is not silently shared by the other.
 * Nothing here stores or returns a full PAN: only its brand and masked form (first 6 + last 4).
 */

export type CardBrandCode = 'VISA' | 'MASTERCARD' | 'AMEX' | 'ELO' | 'OTHER';

const PAN_MIN_DIGITS = 13;
const PAN_MAX_DIGITS = 19;

/** Luhn mod-10 check over a digit string. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ASM-A44 prefixes: VISA 4, MASTERCARD 51–55 and 2221–2720, AMEX 34/37; ELO is never inferred. */
export function brandOf(digits: string): CardBrandCode {
  if (digits.startsWith('4')) return 'VISA';
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'MASTERCARD';
  if (two === 34 || two === 37) return 'AMEX';
  return 'OTHER';
}

/** First 6 + `******` + last 4 (ASM-A44). */
export function maskPan(digits: string): string {
  return `${digits.slice(0, 6)}******${digits.slice(-4)}`;
}

/** Why a PAN (digits only) is unusable, as a predicate after the field name, or null. Never contains the number. */
export function panProblem(digits: string): string | null {
  if (digits.length < PAN_MIN_DIGITS || digits.length > PAN_MAX_DIGITS) return `must have ${PAN_MIN_DIGITS} to ${PAN_MAX_DIGITS} digits.`;
  if (!luhnValid(digits)) return 'fails the Luhn check digit (mistyped number?).';
  return null;
}

/** `yyyyMM` of the first month the card is no longer valid after, compared with `now` (UTC month). */
export function expiryProblem(year: number, month: number, now: Date): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'month must be between 1 and 12.';
  if (!Number.isInteger(year) || year < 2000 || year > 2099) return 'year must be a four-digit year.';
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year * 12 + (month - 1) < current) return 'is in the past: the card has expired.';
  return null;
}
