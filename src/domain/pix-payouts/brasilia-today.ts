/** Brasília has had no daylight saving time since 2019: UTC−3 all year. */
const BRASILIA_OFFSET_MS = -3 * 60 * 60 * 1000;

/** Today's calendar date in Brasília, YYYY-MM-DD (scheduled payout dates are Brasília dates, ASM-A30). */
export function brasiliaToday(now: Date): string {
  return new Date(now.getTime() + BRASILIA_OFFSET_MS).toISOString().slice(0, 10);
}
