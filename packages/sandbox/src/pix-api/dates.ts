/**
 * Calendar dates of the simulator. ASM-X45: a due date (`YYYY-MM-DD`) is a day in Brasília time
 * (UTC−03:00, no daylight saving since 2019), and every day counts as a business day (the simulator
 * has no holiday calendar, so due dates never move to the next business day).
 */
const BRASILIA_OFFSET_MS = -3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD`, or undefined when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const back = new Date(ms);
  if (back.getUTCFullYear() !== Number(match[1]) || back.getUTCMonth() !== Number(match[2]) - 1 || back.getUTCDate() !== Number(match[3])) {
    return undefined;
  }
  return ms / DAY_MS;
}

/** The Brasília calendar day (days since 1970-01-01) of an instant. */
export function brasiliaDay(ms: number): number {
  return Math.floor((ms + BRASILIA_OFFSET_MS) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** RFC 3339 with an explicit offset or `Z`, as the list filters `inicio`/`fim` require. */
export function parseTimestamp(value: string | null): number | undefined {
  if (value === null || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
