import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../../src/build-schema';
import { estimateUpstreamCost, UPSTREAM_COST } from '../../../src/edge/upstream-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ sandbox: true });
});

const estimate = (query: string, variables?: Record<string, unknown>) => estimateUpstreamCost(schema, parse(query), undefined, variables);

describe('provider-call estimate', () => {
  test('every root field declares its upstream cost (0 is a declaration too)', () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const undeclared = roots.flatMap((type) =>
      Object.values(type!.getFields())
        .filter((field) => !field.extensions?.[UPSTREAM_COST])
        .map((field) => `${type!.name}.${field.name}`),
    );
    expect(undeclared).toEqual([]);
  });

  test('a dashboard page of 100 charges with refunds and their charge: list window + refund batch', () => {
    const result = estimate('{ pixCharges(first: 100) { edges { node { id refunds { edges { node { id charge { id } } } } } } } }');
    // 2 (window over ≤2 list pages) + 1 refund scan + 100 per-charge fallback; Refund.charge is the loaded parent.
    expect(result.providerCalls).toBe(103);
  });

  test('nodes counts one call per id, per alias, from variables and from literals', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `id${i}`);
    const names = Array.from({ length: 20 }, (_, i) => `i${i}`);
    const query = `query(${names.map((n) => `$${n}:[ID!]!`).join(',')}){ ${names.map((n) => `${n}: nodes(ids:$${n}){id}`).join(' ')} }`;
    expect(estimate(query, Object.fromEntries(names.map((n) => [n, ids]))).providerCalls).toBe(2000);
    expect(estimate('{ nodes(ids: ["a", "b", "c"]) { id } }').providerCalls).toBe(3);
  });

  test('a variable default counts like a value sent', () => {
    const ids = JSON.stringify(Array.from({ length: 50 }, (_, i) => `id${i}`));
    expect(estimate(`query($ids: [ID!]! = ${ids}) { nodes(ids: $ids) { id } }`).providerCalls).toBe(50);
  });

  test('children of nodes multiply: refunds of 100 charges fetched by id', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `id${i}`);
    const result = estimate('query($ids:[ID!]!){ nodes(ids: $ids) { ... on PixCharge { refunds { totalCount } } } }', { ids });
    expect(result.providerCalls).toBe(100 + 1 + 100);
  });

  test('PixRefund.charge outside a charge costs one call per refund', () => {
    expect(estimate('{ node(id: "r") { ... on PixRefund { charge { id } } } }').providerCalls).toBe(2);
  });

  test('over the nodes cap is reported before anything runs', () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id${i}`);
    expect(estimate('query($ids:[ID!]!){ nodes(ids: $ids) { id } }', { ids }).overCap).toEqual({ field: 'Query.nodes(ids:)', max: 100, got: 101 });
  });

  test('fragments are followed', () => {
    expect(estimate('query { ...F } fragment F on Query { node(id: "a") { id } webhooks { deliveries(first: 5) { totalCount } } }').providerCalls).toBe(1 + 1 + 10);
  });
});
