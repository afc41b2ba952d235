import { buildSchema, graphql, GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { applyTextPolicy, findTextViolation } from '../../../src/edge/text-policy';
import { MAX_TEXT_LENGTH, textPolicyProblem } from '../../../src/domain/text-policy';

/** A small schema with every shape the walk must handle; resolvers count their calls. */
function testSchema(calls: string[]): GraphQLSchema {
  const schema = buildSchema(`
    scalar Money
    input Party { name: String, tags: [String!] }
    input CreateInput { note: String, parties: [Party!], amount: Money, count: Int }
    type UserError { field: [String!], code: String!, message: String! }
    type Payload { thing: String, userErrors: [UserError!]! }
    type Strict { thing: String!, userErrors: [UserError!]! }
    type Item { children(after: String): [String!]! }
    type Query { search(text: String, id: ID): String, item: Item, plain(n: Int): Int }
    type Mutation { create(input: CreateInput!): Payload!, strict(input: CreateInput!): Strict! }
  `);
  // A custom scalar that parses to an object (like Decimal): not text once coerced.
  Object.assign(schema.getType('Money') as GraphQLScalarType, { parseValue: (value: unknown) => ({ cents: String(value).length }) });
  const resolve = (name: string, value: unknown) => () => {
    calls.push(name);
    return value;
  };
  const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
  fields('Query').search.resolve = resolve('search', 'found');
  fields('Query').item.resolve = resolve('item', {});
  fields('Query').plain.resolve = resolve('plain', 1);
  fields('Item').children.resolve = resolve('children', ['c']);
  fields('Mutation').create.resolve = resolve('create', { thing: 'made', userErrors: [] });
  fields('Mutation').strict.resolve = resolve('strict', { thing: 'made', userErrors: [] });
  return applyTextPolicy(schema);
}

describe('the text policy rules (src/domain/text-policy.ts)', () => {
  test.each([
    ['NUL', '\u0000'],
    ['TAB', '\t'],
    ['LF', '\n'],
    ['DEL', '\u007f'],
    ['a C1 control (U+0085)', '\u0085'],
    ['U+202A', '\u202a'],
    ['U+202E', '\u202e'],
    ['U+2066', '\u2066'],
    ['U+2069', '\u2069'],
    ['U+200E', '\u200e'],
    ['U+200F', '\u200f'],
    ['U+061C', '\u061c'],
  ])('refuses %s', (_name, character) => {
    expect(textPolicyProblem(`a${character}b`)).toBe('must not contain control or bidirectional-override characters.');
  });

  test('accepts ordinary text up to the maximum, refuses one more character', () => {
    expect(textPolicyProblem('Pão de queijo — 2× ☕ «ok» \u200d')).toBeNull();
    expect(textPolicyProblem('x'.repeat(MAX_TEXT_LENGTH))).toBeNull();
    expect(textPolicyProblem('x'.repeat(MAX_TEXT_LENGTH + 1))).toBe(`must be at most ${MAX_TEXT_LENGTH} characters.`);
  });
});

describe('applyTextPolicy (src/edge/text-policy.ts)', () => {
  test('a mutation payload answers an INVALID user error at the input path; the resolver never runs', async () => {
    const calls: string[] = [];
    const result = await graphql({
      schema: testSchema(calls),
      source: 'mutation($input: CreateInput!) { create(input: $input) { thing userErrors { field code message } } }',
      variableValues: { input: { note: 'ok', parties: [{ name: 'Ana' }, { name: 'Bia', tags: ['a', 'b\u202e'] }] } },
    });
    expect(result).toEqual({
      data: {
        create: {
          thing: null,
          userErrors: [{ field: ['input', 'parties', '1', 'tags', '1'], code: 'INVALID', message: 'tags must not contain control or bidirectional-override characters.' }],
        },
      },
    });
    expect(calls).toEqual([]);
  });

  test('a payload with another required field, a query and a nested field answer BAD_USER_INPUT with the path', async () => {
    const calls: string[] = [];
    const schema = testSchema(calls);
    const strict = await graphql({ schema, source: 'mutation($input: CreateInput!) { strict(input: $input) { thing } }', variableValues: { input: { note: 'x'.repeat(1_001) } } });
    expect(strict.errors?.[0]?.originalError).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'note'], message: 'input.note must be at most 1000 characters.' });
    const query = await graphql({ schema, source: '{ search(id: "a\\u0000b") }' });
    expect(query.errors?.[0]?.originalError).toMatchObject({ code: 'BAD_USER_INPUT', field: ['id'] });
    const nested = await graphql({ schema, source: '{ item { children(after: "\\u202e") } }' });
    expect(nested.errors?.[0]?.originalError).toMatchObject({ code: 'BAD_USER_INPUT', field: ['after'] });
    expect(calls).toEqual(['item']);
  });

  test('valid text, custom scalars that parse to objects and fields without string arguments pass through', async () => {
    const calls: string[] = [];
    const schema = testSchema(calls);
    const created = await graphql({
      schema,
      source: 'mutation($input: CreateInput!) { create(input: $input) { thing userErrors { code } } }',
      variableValues: { input: { note: 'Pão', amount: 'a\u0000b', count: 2 } },
    });
    expect(created).toEqual({ data: { create: { thing: 'made', userErrors: [] } } });
    expect(await graphql({ schema, source: '{ plain(n: 1) search(text: "ok") }' })).toEqual({ data: { plain: 1, search: 'found' } });
    expect(calls).toEqual(['create', 'plain', 'search']);
  });

  test('findTextViolation reports the first offending string with its path, or null', () => {
    const schema = testSchema([]);
    const args = schema.getMutationType()!.getFields().create.args;
    expect(findTextViolation(args, { input: { note: 'ok', parties: [{ name: '\u0007' }] } })).toEqual({
      field: ['input', 'parties', '0', 'name'],
      problem: 'must not contain control or bidirectional-override characters.',
    });
    expect(findTextViolation(args, { input: { note: null, parties: null } })).toBeNull();
  });
});
