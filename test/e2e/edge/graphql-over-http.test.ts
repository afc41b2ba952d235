import { request } from 'undici';
import { auditServer } from 'graphql-http';
import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { startPlainApollo } from '../../helpers/plain-apollo';
import { buildSchema } from '../../../src/build-schema';

const KEY = 'reader-key-0123456789abcdef';
const LIST = 'query($n: Int) { pixCharges(first: $n) { totalCount } }';
const getUrl = (base: string, query: string, variables?: object) =>
  `${base}?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

describe('GET queries (production mode)', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `web=${KEY}:read` });
  });
  afterAll(() => app.close());

  test('a read-only query with URL-encoded variables and an API key runs', async () => {
    const response = await request(getUrl(app.graphqlUrl, LIST, { n: 1 }), { headers: { authorization: `Bearer ${KEY}` } });
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({ data: { pixCharges: { totalCount: 0 } } });
  });

  test('a mutation over GET is refused (405)', async () => {
    const response = await request(getUrl(app.graphqlUrl, 'mutation { createPixCharge(input: { amount: "1.00" }) { userErrors { code } } }'), { headers: { 'x-api-key': KEY } });
    await response.body.dump();
    expect(response.statusCode).toBe(405);
  });

  test('a parse failure is 200 for a client that accepts only application/json, 400 otherwise', async () => {
    const send = (accept: string) =>
      request(app.graphqlUrl, { method: 'POST', headers: { accept, 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query: '{' }) });
    const legacy = await send('application/json');
    expect(legacy.statusCode).toBe(200);
    expect(((await legacy.body.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const modern = await send('application/graphql-response+json');
    await modern.body.dump();
    expect(modern.statusCode).toBe(400);
  });
});

describe('CSRF prevention stays for GET', () => {
  let open: TestPaygraph;
  beforeAll(async () => {
    open = await startTestPaygraph(); // no API_KEYS: only CSRF stands between a cross-site GET and the API
  });
  afterAll(() => open.close());

  test('a simple GET (what an <img> or a link sends) is blocked; one with an API key header is not', async () => {
    const simple = await request(getUrl(open.graphqlUrl, LIST, { n: 1 }));
    expect(simple.statusCode).toBe(400);
    expect(await simple.body.text()).toMatch(/Cross-Site Request Forgery/);
    const withKey = await request(getUrl(open.graphqlUrl, LIST, { n: 1 }), { headers: { 'x-api-key': 'any' } });
    expect(withKey.statusCode).toBe(200);
    await withKey.body.dump();
  });
});

describe('graphql-http audit', () => {
  test('Paygraph (production, introspection on for the audit probes) passes at least as many checks as plain Apollo', async () => {
    const app = await startTestPaygraph({ NODE_ENV: 'production', INTROSPECTION: 'true', API_KEYS: `web=${KEY}:read` });
    const plain = await startPlainApollo(await buildSchema({ sandbox: true }));
    try {
      // Every request carries the API key, as a real client's would (the same header for both servers).
      const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) =>
        fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${KEY}` } });
      const passed = async (url: string) => (await auditServer({ url, fetchFn })).filter((result) => result.status === 'ok').length;
      const [paygraph, apollo, total] = [await passed(app.graphqlUrl), await passed(plain.url), (await auditServer({ url: plain.url, fetchFn })).length];
      app.logger.info({ paygraph, apollo, total }, 'graphql-http audit');
      expect(paygraph).toBe(total);
      expect(paygraph).toBeGreaterThanOrEqual(apollo);
    } finally {
      await plain.close();
      await app.close();
    }
  }, 60_000);
});
