import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../../errors/codes';
import { formatCents, parseDecimal } from '../../lib/money';
import { InvalidScalarInput, type DecimalInput } from '../../lib/scalar-values';

// JSON numbers are refused on purpose: a float must never carry money (src/lib/money.ts).
const NOT_A_STRING = 'Decimal must be a JSON string such as "100.00"; numbers are not accepted so that no float ever carries money';

function parse(text: string): DecimalInput {
  const result = parseDecimal(text);
  return result.ok ? result.cents : new InvalidScalarInput('Decimal', text, result.reason);
}

/**
 * Internally money is integer cents; this scalar is its only public spelling. Serialising anything
 * but integer cents is a bug in a transformer, so it throws rather than guessing the unit.
 */
export const DecimalScalar = new GraphQLScalarType<DecimalInput, string>({
  name: 'Decimal',
  description:
    'An amount in BRL as a string, always with two fraction digits on output, e.g. "100.00". ' +
    'Input accepts "100", "100.5" or "100.50": digits, optionally "." and at most 2 fraction digits ' +
    '(no sign, exponent, comma or spaces). JSON numbers are rejected. A malformed amount inside a ' +
    'mutation input is reported in `userErrors` with code INVALID and the field path.',
  serialize(value: unknown): string {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return formatCents(value);
    throw new GraphQLError(`Decimal cannot represent a non-integer-cents value: ${typeof value}`);
  },
  parseValue(value: unknown): DecimalInput {
    if (typeof value !== 'string') throw new GraphQLError(NOT_A_STRING, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return parse(value);
  },
  parseLiteral(ast: ValueNode): DecimalInput {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(NOT_A_STRING, { nodes: ast, extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return parse(ast.value);
  },
});

export { type DecimalInput };
