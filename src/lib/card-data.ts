/**
 * Card number (PAN) and security code (CVV) rules, shared by the input scalars and the Astra
 * simulator (ASM-A44). Nothing here logs, stores or returns a full PAN: the only outputs derived
 * from one are its brand and its masked form (first 6 + last 4).
 */

export type CardBrandCode = 'VISA' | 'MASTERCARD' | 'AMEX' | 'ELO' | 'OTHER';

export const PAN_MIN_DIGITS = 13;
export const PAN_MAX_DIGITS = 19;

/** Luhn mod-10 check over a digit string. */
export function luhnValid(digits: string): boolean {
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

/** First 6 + `******` + last 4: the most of a PAN Paygraph ever shows (ASM-A44). */
export function maskPan(digits: string): string {
  return `${digits.slice(0, 6)}******${digits.slice(-4)}`;
}

/**
 * Why a PAN is unusable, as a predicate after the field name ("number" + " …"), or null when it is
 * fine. Never contains the number: callers put it into user errors and logs.
 */
export function panProblem(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return 'must contain only digits (spaces and dashes are ignored).';
  if (digits.length < PAN_MIN_DIGITS || digits.length > PAN_MAX_DIGITS) return `must have ${PAN_MIN_DIGITS} to ${PAN_MAX_DIGITS} digits.`;
  if (!luhnValid(digits)) return 'fails the Luhn check digit (mistyped number?).';
  return null;
}

/** AMEX codes have 4 digits, every other brand 3 (ASM-A44 documents 3). */
export function cvvProblem(text: string, brand?: CardBrandCode): string | null {
  if (!/^\d+$/.test(text)) return 'must contain only digits.';
  const expected = brand === 'AMEX' ? [4] : brand ? [3] : [3, 4];
  if (!expected.includes(text.length)) return `must have ${expected.join(' or ')} digits.`;
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

/** `yyyyMM` as Astra wants it. */
export function expiryToWire(year: number, month: number): string {
  return `${year}${String(month).padStart(2, '0')}`;
}
