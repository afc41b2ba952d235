import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { panProblem } from '../../lib/card-data';
import { InvalidScalarInput, CardNumberValue, type CardNumberInput } from '../../lib/scalar-values';

/** Never throws on input: an error thrown here would be wrapped by graphql-js with the value in it. */
function parse(value: unknown): CardNumberInput {
  if (typeof value !== 'string') return new InvalidScalarInput('CardNumber', '', 'must be a string of digits.');
  const problem = panProblem(value);
  return problem ? new InvalidScalarInput('CardNumber', '', problem) : new CardNumberValue(value.replace(/[\s-]/g, ''));
}

export const CardNumberScalar = new GraphQLScalarType<CardNumberInput, never>({
  name: 'CardNumber',
  description:
    'Input only: a card number (PAN), 13–19 digits (spaces and dashes ignored), Luhn check digit verified, brand from the prefix. ' +
    'An invalid number inside a mutation input is reported in `userErrors` (code INVALID, with the field path); no error message ever repeats the number. ' +
    'Paygraph never returns, logs or stores it: outputs carry `maskedNumber` (first 6 + last 4).',
  serialize(): never {
    throw new GraphQLError('CardNumber is an input-only type.');
  },
  parseValue: parse,
  parseLiteral(ast: ValueNode): CardNumberInput {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

export { CardNumberValue, type CardNumberInput };
