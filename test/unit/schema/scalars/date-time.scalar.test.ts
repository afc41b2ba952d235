import { MUTATION_WITH_VARIABLE, run } from './schema.helper';

describe('DateTime scalar', () => {
  describe('input', () => {
    it.each([
      ['2025-01-15T10:00:00Z', '2025-01-15T10:00:00.000Z'],
      ['2025-01-15T07:00:00.000-03:00', '2025-01-15T10:00:00.000Z'],
      ['2025-01-15T12:30:00+02:30', '2025-01-15T10:00:00.000Z'],
      ['2025-01-15T10:00:00.5Z', '2025-01-15T10:00:00.500Z'],
      ['2025-01-15T10:00:00.123456789Z', '2025-01-15T10:00:00.123Z'],
      ['2024-02-29T23:59:59-03:00', '2024-03-01T02:59:59.000Z'],
      ['2025-01-15t10:00:00z', '2025-01-15T10:00:00.000Z'],
    ])('hands the resolver a Date for %p (literal and variable)', async (text, iso) => {
      for (const { result, received } of [await run(`mutation { test(input: { at: "${text}" }) }`), await run(MUTATION_WITH_VARIABLE, { input: { at: text } })]) {
        expect(result.errors).toBeUndefined();
        expect(received[0].at).toBeInstanceOf(Date);
        expect((received[0].at as Date).toISOString()).toBe(iso);
      }
    });

    it.each([
      ['no timezone', '2025-01-15T10:00:00'],
      ['a date only', '2025-01-15'],
      ['no seconds', '2025-01-15T10:00Z'],
      ['a space instead of T', '2025-01-15 10:00:00Z'],
      ['an impossible day', '2025-02-30T10:00:00Z'],
      ['a non-leap 29 February', '2025-02-29T10:00:00Z'],
      ['month 13', '2025-13-01T10:00:00Z'],
      ['hour 24', '2025-01-15T24:00:00Z'],
      ['an offset without colon', '2025-01-15T10:00:00-0300'],
      ['a bad offset', '2025-01-15T10:00:00+25:00'],
      ['free text', 'yesterday'],
      ['an empty string', ''],
    ])('rejects %s with a clear top-level error', async (_name, text) => {
      const { result, received } = await run(MUTATION_WITH_VARIABLE, { input: { at: text } });
      expect(received).toEqual([]);
      expect(result.errors?.[0].message).toMatch(/DateTime must be an ISO-8601 instant with a timezone/);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it.each([
      ['an epoch number', 1736935200000],
      ['a boolean', true],
    ])('rejects %s', async (_name, value) => {
      const { result, received } = await run(MUTATION_WITH_VARIABLE, { input: { at: value } });
      expect(received).toEqual([]);
      expect(result.errors?.[0].message).toMatch(/DateTime must be/);
    });

    it('rejects a bad literal during validation', async () => {
      const { result, received } = await run('mutation { test(input: { at: "2025-01-15" }) }');
      expect(received).toEqual([]);
      expect(result.errors?.[0].message).toMatch(/DateTime must be/);
    });
  });

  describe('output', () => {
    it.each([
      [new Date('2025-01-15T10:00:00Z'), '2025-01-15T10:00:00.000Z'],
      ['2025-01-15T07:00:00-03:00', '2025-01-15T10:00:00.000Z'],
      ['2025-01-15T10:00:00.123Z', '2025-01-15T10:00:00.123Z'],
    ])('serialises %p as UTC with milliseconds', async (value, iso) => {
      const { result } = await run('{ dateTime }', undefined, value);
      expect(result).toEqual({ data: { dateTime: iso } });
    });

    it.each([
      ['an invalid Date', new Date('nope')],
      ['a local time string', '2025-01-15 10:00:00'],
      ['a number', 1736935200000],
    ])('refuses to serialise %s', async (_name, value) => {
      const { result } = await run('{ dateTime }', undefined, value);
      expect(result.data).toEqual({ dateTime: null });
      expect(result.errors?.[0].message).toMatch(/DateTime cannot represent/);
    });
  });
});
