import { plusDays } from '../automatic-pix/calendar';

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * ASM-A49: the date of the charge after `n` periods, always computed from `startDate` (so a 31st
 * stays a 31st where the month has one). The day is clamped to the month's last day; 29 Feb → 28 Feb.
 */
export function nthChargeDate(startDate: string, frequency: Frequency, n: number): string {
  if (frequency === 'DAILY') return plusDays(startDate, n);
  if (frequency === 'WEEKLY') return plusDays(startDate, 7 * n);
  const [year, month, day] = startDate.split('-').map(Number);
  const months = frequency === 'MONTHLY' ? n : 12 * n;
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
}
