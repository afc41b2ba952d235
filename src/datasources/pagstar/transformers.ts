/** Conversions every Pagstar family uses (ASM-P02 token expiry, ASM-P03 dates). */

const LARAVEL_DATE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})$/;

/** ASM-P03 date-times: ISO-8601 with 0–6 fraction digits (Laravel writes 6). Anything else → null. */
export function parseLaravelDate(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const match = LARAVEL_DATE.exec(value);
  if (!match) return null;
  const millis = (match[2] ?? '').padEnd(3, '0').slice(0, 3);
  const date = new Date(`${match[1]}.${millis}${match[3]}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** ASM-P02 `expires_in`: an absolute date-time; a number means seconds from `nowMs`. */
export function tokenExpiryFromWire(value: unknown, nowMs: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return nowMs + value * 1000;
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return nowMs + Number(value) * 1000;
    const date = parseLaravelDate(value);
    if (date) return date.getTime();
  }
  return NaN; // TokenManager refuses a non-finite expiry without echoing the value
}
