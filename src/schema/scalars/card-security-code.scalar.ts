import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { inspect } from 'node:util';
import { cvvProblem } from '../../lib/card-data';
import { InvalidScalarInput } from './invalid-scalar-input';

/** A card security code (CVV/CVC); like CardNumberValue, only `code()` reveals it. */
export class CardSecurityCodeValue {
  readonly #code: string;

  constructor(code: string) {
    this.#code = code;
  }

  code(): string {
    return this.#code;
  }

  /** Its length, for the brand check: the one property that is not secret. */
  get length(): number {
    return this.#code.length;
  }

  toJSON(): string {
    return '[CVV]';
  }

  toString(): string {
    return '[CVV]';
  }

  [inspect.custom](): string {
    return 'CardSecurityCode([CVV])';
  }
}

export type CardSecurityCodeInput = CardSecurityCodeValue | InvalidScalarInput;

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
