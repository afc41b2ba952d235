import { addDays, brasiliaDay, brasiliaTomorrow, daysBetween, inTimeFor, isCalendarDate } from '../../../src/lib/brasilia-calendar';

/** The America/Sao_Paulo calendar with an injected instant: midnight crossed in both time zones. */
describe('Brasília calendar', () => {
  test('UTC midnight is not Brasília midnight: 00:30 UTC on the 11th is still the 10th in Brasília', () => {
    expect(brasiliaDay(new Date('2030-03-11T00:30:00Z'))).toBe('2030-03-10');
    expect(brasiliaDay(new Date('2030-03-11T02:59:59.999Z'))).toBe('2030-03-10');
  });

  test('Brasília midnight (03:00 UTC) starts the next day', () => {
    expect(brasiliaDay(new Date('2030-03-11T03:00:00Z'))).toBe('2030-03-11');
    expect(brasiliaTomorrow(new Date('2030-03-11T03:00:00Z'))).toBe('2030-03-12');
  });

  test('a debit may be requested up to 23:59:59 of the day before, not at 00:00 of the day', () => {
    expect(inTimeFor('2030-03-11', new Date('2030-03-10T23:59:00-03:00'))).toBe(true);
    expect(inTimeFor('2030-03-11', new Date('2030-03-10T23:59:59.999-03:00'))).toBe(true);
    expect(inTimeFor('2030-03-11', new Date('2030-03-11T00:00:00-03:00'))).toBe(false);
    // Late evening in Brasília is already the next day in UTC: the Brasília calendar decides.
    expect(inTimeFor('2030-03-11', new Date('2030-03-11T01:00:00Z'))).toBe(true);
  });

  test('calendar arithmetic across month and year ends, leap days', () => {
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
    expect(daysBetween('2030-05-11', '2030-05-18')).toBe(7);
  });

  test('real dates only', () => {
    expect(isCalendarDate('2030-02-28')).toBe(true);
    expect(isCalendarDate('2030-02-29')).toBe(false);
    expect(isCalendarDate('2030-2-28')).toBe(false);
    expect(isCalendarDate('2030-13-01')).toBe(false);
  });
});
