import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../../errors/codes';
import { parseDocument } from '../../lib/documents';
import { InvalidScalarInput, type CpfCnpjInput, type DocumentValue } from '../../lib/scalar-values';

const NOT_A_STRING = 'CpfCnpj must be a JSON string such as "123.456.789-09" or "12345678909"';

function parse(text: string): CpfCnpjInput {
  const result = parseDocument(text);
  return result.ok ? { kind: result.kind, value: result.value } : new InvalidScalarInput('CpfCnpj', text, result.reason);
}

/** Output accepts a DocumentValue or a string (formatted or not); messages never echo the number. */
function serialize(value: unknown): string {
  const text = typeof value === 'object' && value !== null && 'value' in value ? (value as DocumentValue).value : value;
  if (typeof text !== 'string') throw new GraphQLError(`CpfCnpj cannot represent a ${typeof text}`);
  const result = parseDocument(text);
  if (!result.ok) throw new GraphQLError('CpfCnpj cannot represent an invalid CPF/CNPJ');
  return result.value;
}

export const CpfCnpjScalar = new GraphQLScalarType<CpfCnpjInput, string>({
  name: 'CpfCnpj',
  description:
    'A Brazilian taxpayer id: CPF (11 digits) or CNPJ (14 characters; the alphanumeric CNPJ is ' +
    'supported), check digits verified. Input may be plain or formatted ("123.456.789-09", ' +
    '"12.345.678/0001-95"); output is unformatted. An invalid document inside a mutation input is ' +
    'reported in `userErrors` with code INVALID and the field path.',
  serialize,
  parseValue(value: unknown): CpfCnpjInput {
    if (typeof value !== 'string') throw new GraphQLError(NOT_A_STRING, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return parse(value);
  },
  parseLiteral(ast: ValueNode): CpfCnpjInput {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(NOT_A_STRING, { nodes: ast, extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return parse(ast.value);
  },
});

export { type CpfCnpjInput, type DocumentValue };
