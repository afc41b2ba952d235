import 'reflect-metadata';
import { graphql, printSchema, type GraphQLSchema } from 'graphql';
import { Arg, buildSchema, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CpfCnpjScalar, DateTimeScalar, DecimalScalar, InvalidScalarInput, type CpfCnpjInput, type DecimalInput } from '../../../../src/schema/scalars';

// The way the schema folder uses the scalars: `@Field(() => DecimalScalar)` on inputs and outputs.
const received: unknown[] = [];

@InputType()
class PayInput {
  @Field(() => DecimalScalar)
  amount!: DecimalInput;

  @Field(() => CpfCnpjScalar, { nullable: true })
  document?: CpfCnpjInput;
}

@ObjectType()
class Paid {
  @Field(() => DecimalScalar)
  amount!: number;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@Resolver()
class PayResolver {
  @Query(() => Paid)
  last(): Paid {
    return { amount: 10050, at: new Date('2025-01-15T10:00:00Z') };
  }

  @Mutation(() => Boolean)
  pay(@Arg('input', () => PayInput) input: PayInput): boolean {
    received.push({ ...input });
    return true;
  }
}

describe('scalars inside a type-graphql schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [PayResolver], validate: false });
  });
  beforeEach(() => {
    received.length = 0;
  });

  it('declares the three scalars by name', () => {
    const sdl = printSchema(schema);
    expect(sdl).toMatch(/scalar Decimal/);
    expect(sdl).toMatch(/scalar CpfCnpj/);
    expect(sdl).toMatch(/scalar DateTime/);
    expect(sdl).toMatch(/amount: Decimal!/);
  });

  it('passes parsed values to the resolver', async () => {
    const result = await graphql({
      schema,
      source: 'mutation($input: PayInput!) { pay(input: $input) }',
      variableValues: { input: { amount: '100.5', document: '123.456.789-09' } },
    });
    expect(result.errors).toBeUndefined();
    expect(received).toEqual([{ amount: 10050, document: { kind: 'CPF', value: '12345678909' } }]);
  });

  it('passes markers (not errors) for malformed strings, for the validator to turn into userErrors', async () => {
    const result = await graphql({ schema, source: 'mutation { pay(input: { amount: "1,00", document: "111.111.111-11" }) }' });
    expect(result.errors).toBeUndefined();
    const [input] = received as Array<{ amount: unknown; document: unknown }>;
    expect(input.amount).toBeInstanceOf(InvalidScalarInput);
    expect(input.document).toBeInstanceOf(InvalidScalarInput);
  });

  it('serialises outputs', async () => {
    const result = await graphql({ schema, source: '{ last { amount at } }' });
    expect(result).toEqual({ data: { last: { amount: '100.50', at: '2025-01-15T10:00:00.000Z' } } });
  });
});
