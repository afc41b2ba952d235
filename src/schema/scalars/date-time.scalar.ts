import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../../errors/codes';

/**
 * An instant: input must carry its timezone, because a local time is ambiguous (Brasília is
 * -03:00, providers mix UTC and local). Output is always UTC with milliseconds, so clients can
 * compare strings. Unlike Decimal/CpfCnpj, a bad DateTime is a top-level error: DateTimes appear
 * in filters, not in money-moving mutation inputs.
 */
// RFC 3339 date-time (the ISO-8601 profile used on the web): seconds required, fraction optional.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const EXPECTED = 'an ISO-8601 instant with a timezone, e.g. "2025-01-15T10:00:00Z" or "2025-01-15T07:00:00.000-03:00"';

/** Parses an RFC 3339 instant, rejecting impossible calendar values that Date would roll over. */
export function parseInstant(text: string): Date | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (Number(m[10] ?? 0) > 23 || Number(m[11] ?? 0) > 59) return null;

  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return null; // e.g. 2025-02-30
  date.setUTCHours(hour, minute, second, ms);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

function invalid(nodes?: ValueNode): GraphQLError {
  return new GraphQLError(`DateTime must be ${EXPECTED}`, { nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

function parse(value: unknown, nodes?: ValueNode): Date {
  const date = typeof value === 'string' ? parseInstant(value) : null;
  if (!date) throw invalid(nodes);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant in time. Input: ${EXPECTED}. Output: UTC with milliseconds, e.g. "2025-01-15T10:00:00.000Z".`,
  serialize(value: unknown): string {
    const date = value instanceof Date ? value : typeof value === 'string' ? parseInstant(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent a value that is not a valid Date or ISO-8601 instant');
    return date.toISOString();
  },
  parseValue: (value: unknown) => parse(value),
  parseLiteral(ast: ValueNode): Date {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  },
});
