import { request } from 'undici';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../../helpers/paygraph';
import { wsOnce } from '../../helpers/ws-once';
import { encodeGlobalId } from '../../../src/lib/global-id';

/**
 * The same abuse matrix, sent over HTTP and over graphql-ws to a production-mode server
 * (NODE_ENV=production, a read key and a read+write key), must give the same answer on both.
 */
const READER = 'reader-key-0123456789abcdef';
const WRITER = 'writer-key-0123456789abcdef';

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `web=${READER}:read,ops=${WRITER}` });
});
afterAll(() => app.close());

const unknownIds = (n: number, tag: string) => Array.from({ length: n }, (_, i) => encodeGlobalId('PixCharge', 'ASTRA', `${tag}x${i}`));
const twentyTimesHundred = () => {
  const names = Array.from({ length: 20 }, (_, i) => `i${i}`);
  const query = `query(${names.map((n) => `$${n}:[ID!]!`).join(',')}){ ${names.map((n) => `${n}: nodes(ids:$${n}){id}`).join(' ')} }`;
  return { query, variables: Object.fromEntries(names.map((n) => [n, unknownIds(100, n)])) };
};
const deep = (levels: number) => `{ pixCharges(first: 1) { edges { node { ${'refunds { edges { node { charge { '.repeat(levels)}id${' } } } }'.repeat(levels)} } } } }`;

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  key?: string;
  /** Expected first error code, or null when the operation must succeed. */
  code: string | null;
  httpStatus: number;
}

const CASES: Case[] = [
  { name: 'introspection', query: '{ __schema { types { name } } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: '__type introspection', query: '{ __type(name: "PixCharge") { fields { name } } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: 'field suggestion', query: '{ pixCharge { id } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: 'argument suggestion', query: '{ pixCharges(frist: 1) { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: 'enum literal suggestion', query: '{ pixCharges(filter: { status: [PAYED] }) { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: 'type suggestion', query: 'query($f: PixChargeFiltr) { pixCharges(filter: $f) { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  {
    name: 'enum variable suggestion',
    query: 'query($f: PixChargeFilter) { pixCharges(filter: $f) { totalCount } }',
    variables: { f: { status: ['PAYED'] } },
    code: 'BAD_USER_INPUT',
    httpStatus: 400,
  },
  { name: 'depth over 12', query: deep(4), code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: '21 aliases', query: `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: webhooks { id }`).join(' ')} }`, code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: '8,000 tokens', query: `{ ${'__typename '.repeat(8000)}}`, code: 'GRAPHQL_PARSE_FAILED', httpStatus: 400 },
  { name: 'syntax error', query: '{ pixCharges(first: 1) { totalCount }', code: 'GRAPHQL_PARSE_FAILED', httpStatus: 400 },
  { name: '20 × nodes(100 ids)', ...twentyTimesHundred(), code: 'COST_LIMIT', httpStatus: 400 },
  { name: 'nodes(101 ids)', query: 'query($ids:[ID!]!){ nodes(ids: $ids) { id } }', variables: { ids: unknownIds(101, 'cap') }, code: 'BAD_USER_INPUT', httpStatus: 400 },
  { name: 'introspection, read+write key', key: WRITER, query: '{ __schema { queryType { name } } }', code: 'GRAPHQL_VALIDATION_FAILED', httpStatus: 400 },
  { name: '20 × nodes(100 ids), read+write key', key: WRITER, ...twentyTimesHundred(), code: 'COST_LIMIT', httpStatus: 400 },
  {
    name: 'U+202E in a description, read+write key',
    key: WRITER,
    query: 'mutation { createPixCharge(input: { amount: "1.00", description: "a\u202Eb" }) { pixCharge { id } userErrors { field code } } }',
    code: null,
    httpStatus: 200,
  },
  { name: 'read key mutates', query: 'mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }', code: 'FORBIDDEN', httpStatus: 200 },
  {
    name: 'dashboard: 100 charges with refunds',
    query: '{ pixCharges(first: 100) { totalCount edges { node { id status refunds { totalCount edges { node { id amount { amount } charge { id } } } } } } } }',
    code: null,
    httpStatus: 200,
  },
];

async function overHttp(c: Case): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await request(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${c.key ?? READER}` },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  return { status: response.statusCode, body: (await response.body.json()) as GraphQLResponse };
}

/** What must agree between transports: codes and messages of the errors, and whether data came back. */
function outcome(body: GraphQLResponse) {
  return {
    data: body.data === undefined || body.data === null ? null : 'data',
    errors: (body.errors ?? []).map((error) => ({ code: error.extensions?.code, message: error.message, cost: error.extensions?.cost, limit: error.extensions?.limit })),
  };
}

describe('abuse matrix, production mode: HTTP and WebSocket agree', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const callsBefore = app.sandbox!.astra.counters.total;
    const http = await overHttp(c);
    const ws = await wsOnce(app.wsUrl, c.query, c.variables, { authorization: `Bearer ${c.key ?? READER}` });
    const calls = app.sandbox!.astra.counters.total - callsBefore;

    expect(outcome(ws)).toEqual(outcome(http.body));
    expect(http.status).toBe(c.httpStatus);
    expect(http.body.errors?.[0]?.extensions?.code ?? null).toBe(c.code);
    for (const error of [...(http.body.errors ?? []), ...(ws.errors ?? [])]) expect(error.message).not.toMatch(/did you mean/i);
    if (c.code && c.code !== 'FORBIDDEN') expect(calls).toBe(0); // refused before execution
    if (c.code === 'COST_LIMIT') expect(http.body.errors![0].extensions).toMatchObject({ cost: 2000, limit: 250 });
    if (c.code === null) expect(calls).toBeLessThanOrEqual(4); // 2 per transport: the list and one refund scan
  });
});
