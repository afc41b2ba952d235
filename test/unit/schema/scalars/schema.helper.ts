/**
 * A tiny real schema around the scalars, executed with graphql-js, so the tests see what a
 * resolver really receives (coercion of literals and of variables) and what clients get back.
 */
import { graphql, GraphQLBoolean, GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, type ExecutionResult } from 'graphql';
import { CpfCnpjScalar, DateTimeScalar, DecimalScalar } from '../../../../src/schema/scalars';

export type Received = { amount?: unknown; document?: unknown; at?: unknown };

export function makeSchema(output: { value: unknown }, received: Received[]): GraphQLSchema {
  const TestInput = new GraphQLInputObjectType({
    name: 'TestInput',
    fields: { amount: { type: DecimalScalar }, document: { type: CpfCnpjScalar }, at: { type: DateTimeScalar } },
  });
  const resolveOutput = () => output.value;
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        decimal: { type: DecimalScalar, resolve: resolveOutput },
        document: { type: CpfCnpjScalar, resolve: resolveOutput },
        dateTime: { type: DateTimeScalar, resolve: resolveOutput },
      },
    }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        test: {
          type: GraphQLBoolean,
          args: { input: { type: new GraphQLNonNull(TestInput) } },
          resolve: (_root, args: { input: Received }) => {
            received.push({ ...args.input });
            return true;
          },
        },
      },
    }),
  });
}

/** Runs an operation against a fresh schema; returns the result and what the resolver received. */
export async function run(source: string, variables?: Record<string, unknown>, outputValue?: unknown): Promise<{ result: ExecutionResult; received: Received[] }> {
  const received: Received[] = [];
  const schema = makeSchema({ value: outputValue }, received);
  const result = await graphql({ schema, source, variableValues: variables });
  return { result, received };
}

export const MUTATION_WITH_VARIABLE = 'mutation($input: TestInput!) { test(input: $input) }';
