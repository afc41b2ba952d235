import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Wire formats of the Pagstar v2 API as fixed by the assumptions in docs/providers.md (ASM-P03 dates and money, ASM-P05
 * sandbox-looking Pix data, ASM-P02 token shape). Kept here so every handler formats the same way.
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Laravel style `2024-01-15T13:30:00.000000Z` (ASM-P03): JS has milliseconds, pad to micro. */
export function laravelDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Integer cents → reais as a JSON number (ASM-P03: money is reais, ≤ 2 decimals). */
export function toReais(cents: number): number {
  return cents / 100;
}

/**
 * Reais (number or numeric string, since Laravel's `numeric` accepts both) → integer cents, or
 * undefined when it is not a number or has more than 2 decimals. Integer-cents arithmetic with an
 * epsilon so 29.9 * 100 = 2989.9999… still counts as 2990.
 */
export function parseCents(value: unknown): { cents?: number; error?: 'numeric' | 'decimals' } {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return { error: 'numeric' };
  const cents = Math.round(n * 100);
  if (Math.abs(n * 100 - cents) >= 1e-6) return { error: 'decimals' };
  return { cents };
}

export function randomAlnum(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALNUM[byte % ALNUM.length];
  return out;
}

/** UUID v4, as Pagstar's `external_reference` (ASM-P05). */
export function newReference(): string {
  return randomUUID();
}

/** Same shape as the DOC sandbox example `IxoYKcQw.PAGSTARMOCK2022.Je2KjEG3XgdW.yogJy…`. */
export function mockPixKey(): string {
  return `${randomAlnum(8)}.PAGSTARMOCK2022.${randomAlnum(12)}.${randomAlnum(28)}`;
}

/** ASM-P05: the chart URL carries the url-encoded copy-and-paste string. */
export function qrCodeUrl(pixKey: string): string {
  return `https://chart.googleapis.com/chart?chs=150x150&cht=qr&chl=${encodeURIComponent(pixKey)}`;
}

/** Sandbox hosted checkout page (ASM-P05). */
export function checkoutUrl(reference: string): string {
  return `https://dev-checkout.pagstar.com/payment/pix/${reference}`;
}

/** `<digits>|<40 alphanumerics>`, the Sanctum-like shape seen in public code. */
export function newAccessToken(sequence: number): string {
  return `${sequence}|${randomAlnum(40)}`;
}

export function newRefreshToken(): string {
  return randomBytes(16).toString('hex');
}

/**
 * Pix end-to-end id for approved transfers (ASM-P08): `E` + payer ISPB (8 digits) +
 * `yyyyMMddHHmm` + 11 alphanumerics = 32 characters, the BACEN layout.
 */
export function end2endId(ms: number): string {
  const stamp = new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 12);
  return `E12345678${stamp}${randomAlnum(11)}`;
}

/** Absolute http(s) URL check used for `callback` and `notification_url` (ASM-P05, ASM-P08). */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
