/**
 * The simulator's own calendar: Brasília is UTC−03:00 without daylight saving (ASM-A06). Written
 * independently of Paygraph's domain calendar (which uses the tz database) on purpose: the two
 * disagreeing would show up in the tests as a provider rejection.
 */
const BRASILIA_OFFSET_MS = 3 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function simToday(now: Date): string {
  return new Date(now.getTime() - BRASILIA_OFFSET_MS).toISOString().slice(0, 10);
}

export function plusDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
