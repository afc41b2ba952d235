import type { CardRecurrenceScheduleRecord } from './model';
import type { CardRecurrencePort } from './port';

/** Pages scanned for one schedule: 10 × 100 covers ten years of monthly charges. */
const SCAN_PAGES = 10;
const PAGE = 100;

/**
 * One schedule of a recurrence. Astra reads schedules only as a list (ASM-A49), so this scans it;
 * most recurrences fit in one page.
 */
export async function findSchedule(port: CardRecurrencePort, recurrenceId: string, scheduleId: string): Promise<CardRecurrenceScheduleRecord | undefined> {
  for (let page = 0; page < SCAN_PAGES; page++) {
    const window = await port.listSchedules(recurrenceId, page * PAGE, PAGE);
    const found = window.items.find((schedule) => schedule.scheduleId === scheduleId);
    if (found || !window.hasNextPage) return found;
  }
  return undefined;
}
