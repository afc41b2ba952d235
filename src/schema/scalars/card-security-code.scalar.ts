import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { cvvProblem } from '../../lib/card-data';
import { InvalidScalarInput, CardSecurityCodeValue, type CardSecurityCodeInput } from '../../lib/scalar-values';

function parse(value: unknown): CardSecurityCodeInput {
  if (typeof value !== 'string') return new InvalidScalarInput('CardSecurityCode', '', 'must be a string of 3 or 4 digits.');
  const problem = cvvProblem(value);
  return problem ? new InvalidScalarInput('CardSecurityCode', '', problem) : new CardSecurityCodeValue(value);
}

export const CardSecurityCodeScalar = new GraphQLScalarType<CardSecurityCodeInput, never>({
  name: 'CardSecurityCode',
  description:
    'Input only: the card security code (CVV/CVC) as a string, 3 digits (4 for AMEX). Problems are reported in `userErrors` without repeating the value; ' +
    'Paygraph passes it to the provider and never returns, logs or stores it.',
  serialize(): never {
    throw new GraphQLError('CardSecurityCode is an input-only type.');
  },
  parseValue: parse,
  parseLiteral(ast: ValueNode): CardSecurityCodeInput {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

export { CardSecurityCodeValue, type CardSecurityCodeInput };
