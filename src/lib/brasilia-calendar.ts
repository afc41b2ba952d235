/**
 * The America/Sao_Paulo calendar: the one place that says what day it is in Brasília, for every
 * date rule (Automatic Pix debits due "before 23:59 of the day prior", ASM-A40/A42; scheduled
 * payout dates, ASM-A30). Pure: every function takes the instant it reasons about, so callers
 * inject their clock (`() => Date`) and tests cross midnight in both time zones without waiting.
 * The zone comes from the platform's tz database (Intl), not a fixed −03:00, so a future daylight
 * saving change in Brazil would be followed without a code change.
 */
export const BRASILIA_TIME_ZONE = 'America/Sao_Paulo';

/** A `yyyy-MM-dd` day of the Brasília calendar. */
export type CalendarDate = string;

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: BRASILIA_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Brasília calendar day an instant falls on. */
export function brasiliaDay(instant: Date): CalendarDate {
  const parts = Object.fromEntries(DAY_FORMAT.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Brasília, as seen at `now` (the same as brasiliaDay; the name reads better at call sites). */
export const brasiliaToday = brasiliaDay;

/** A real `yyyy-MM-dd` calendar date (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `date` plus `days` calendar days (days may be negative). Calendar arithmetic: no zone involved. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Brasília tomorrow, as seen at `now`. */
export function brasiliaTomorrow(now: Date): CalendarDate {
  return addDays(brasiliaDay(now), 1);
}

/**
 * Whether a debit on `date` may still be requested at `now`: the request must arrive by 23:59 of
 * the previous Brasília day, i.e. `date` is tomorrow or later in Brasília (ASM-A40, ASM-A42).
 * 23:59:59 on the day before is in time; 00:00 on the day itself is not.
 */
export function inTimeFor(date: CalendarDate, now: Date): boolean {
  return date >= brasiliaTomorrow(now);
}
