import { request } from 'undici';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../../helpers/paygraph';
import { wsOnce } from '../../helpers/ws-once';
import { deletePrefix, SHARED_REDIS_URL, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { encodeGlobalId } from '../../../src/lib/global-id';

const KEY_A = 'client-a-key-0123456789abcdef';
const KEY_B = 'client-b-key-0123456789abcdef';
const KEYS = `a=${KEY_A}:read,b=${KEY_B}:read`;
const ids = (n: number, tag: string) => Array.from({ length: n }, (_, i) => encodeGlobalId('PixCharge', 'ASTRA', `${tag}${i}`));
const NODES = 'query($ids:[ID!]!){ nodes(ids: $ids) { id } }';

async function post(app: TestPaygraph, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await request(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.statusCode, retryAfter: response.headers['retry-after'], body: (await response.body.json()) as GraphQLResponse };
}

describe('per-key request budget (memory)', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: KEYS, RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });
  });
  afterAll(() => app.close());

  test('the 4th operation in a window gets 429 + Retry-After over HTTP and RATE_LIMITED over WebSocket; other keys are unaffected', async () => {
    for (let i = 0; i < 3; i++) expect((await post(app, KEY_A, '{ __typename }')).status).toBe(200);
    const refused = await post(app, KEY_A, '{ __typename }');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors![0].extensions!.retryAfterSeconds).toBe(Number(refused.retryAfter));

    const overWs = await wsOnce(app.wsUrl, '{ __typename }', undefined, { authorization: `Bearer ${KEY_A}` });
    expect(overWs.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });

    expect((await post(app, KEY_B, '{ __typename }')).status).toBe(200);
  });
});

describe('per-key provider-call budget', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: KEYS, RATE_LIMIT_PROVIDER_CALLS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
  });
  afterAll(() => app.close());

  test('operations are charged their estimate; one that would overspend is refused with no provider call', async () => {
    const first = await post(app, KEY_A, NODES, { ids: ids(3, 'first') });
    expect(first.body.errors).toBeUndefined();
    const before = app.sandbox!.astra.counters.total;
    const second = await post(app, KEY_A, NODES, { ids: ids(3, 'second') });
    expect(second.status).toBe(429);
    expect(second.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(app.sandbox!.astra.counters.total).toBe(before);
  });
});

describe('budgets shared through Redis', () => {
  const prefix = uniquePrefix('ratelimit');
  const redis = testRedisClient();
  const apps: TestPaygraph[] = [];
  beforeAll(async () => {
    const env = { NODE_ENV: 'production', API_KEYS: KEYS, RATE_LIMIT_REQUESTS: '4', REDIS_URL: SHARED_REDIS_URL, REDIS_KEY_PREFIX: prefix };
    apps.push(await startTestPaygraph(env), await startTestPaygraph(env));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  test('two instances draw from one budget per key, kept under the state key prefix', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(apps[i % 2], KEY_A, '{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect((await redis.keys(`${prefix}ratelimit:requests*`)).length).toBeGreaterThan(0);
  });
});
