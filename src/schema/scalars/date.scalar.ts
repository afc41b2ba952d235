import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../../errors/codes';
import { isCalendarDate, type CalendarDate } from '../../lib/brasilia-calendar';

/**
 * A calendar day with no time and no zone: `yyyy-MM-dd`. Paygraph's days are Brasília days (due
 * dates, scheduled dates, the sandbox's today), so a client must not turn them into instants.
 * The wire format is the same string the `String` fields carried before (docs/frontend-guide.md).
 */
const EXPECTED = 'a calendar date yyyy-MM-dd, e.g. "2025-01-15"';

function parse(value: unknown, nodes?: ValueNode): CalendarDate {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new GraphQLError(`Date must be ${EXPECTED}`, { nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

export const DateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: 'Date',
  description: `A calendar day, ${EXPECTED} (a Brasília day where Paygraph says so): no time, no zone. Output is always a real date in this form.`,
  serialize(value: unknown): string {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError('Date cannot represent a value that is not a yyyy-MM-dd calendar date');
  },
  parseValue: (value: unknown) => parse(value),
  parseLiteral(ast: ValueNode): CalendarDate {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  },
});
