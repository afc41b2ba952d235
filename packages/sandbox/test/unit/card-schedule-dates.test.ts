import { nthChargeDate } from '../../src/astra/card-recurrences/schedule-dates';

/** ASM-A49: dates from startDate + n × frequency, day clamped to the month's end. */
test.each([
  ['2025-01-31', 'MONTHLY', 1, '2025-02-28'],
  ['2025-01-31', 'MONTHLY', 2, '2025-03-31'],
  ['2024-01-31', 'MONTHLY', 1, '2024-02-29'],
  ['2025-11-30', 'MONTHLY', 3, '2026-02-28'],
  ['2024-02-29', 'YEARLY', 1, '2025-02-28'],
  ['2024-02-29', 'YEARLY', 4, '2028-02-29'],
  ['2025-12-30', 'DAILY', 3, '2026-01-02'],
  ['2025-12-30', 'WEEKLY', 1, '2026-01-06'],
  ['2025-03-15', 'MONTHLY', 0, '2025-03-15'],
] as const)('%s %s × %i → %s', (start, frequency, n, expected) => {
  expect(nthChargeDate(start, frequency, n)).toBe(expected);
});
