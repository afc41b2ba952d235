import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';

const READER = 'reader-key-0123456789abcdef';
const METRICS = 'metrics-token-0123456789';
const APP_ORIGIN = 'https://app.example.com';

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `web=${READER}:read`, CORS_ORIGINS: APP_ORIGIN, METRICS_TOKEN: METRICS });
});
afterAll(() => app.close());

const preflight = (origin: string) =>
  request(app.graphqlUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });

describe('CORS', () => {
  test('a preflight from an allowed origin for content-type and authorization succeeds', async () => {
    const response = await preflight(APP_ORIGIN);
    await response.body.dump();
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(String(response.headers['access-control-allow-headers'])).toMatch(/content-type/);
    expect(String(response.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(String(response.headers['access-control-allow-methods'])).toMatch(/POST/);
  });

  test('a preflight from another origin is refused without CORS headers', async () => {
    const response = await preflight('https://evil.example.net');
    await response.body.dump();
    expect(response.statusCode).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('the actual POST from the allowed origin carries Access-Control-Allow-Origin', async () => {
    const response = await request(app.graphqlUrl, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${READER}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.body.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
  });

  test('CSRF prevention stays: a simple (non-JSON) POST is refused', async () => {
    const response = await request(app.graphqlUrl, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'text/plain', authorization: `Bearer ${READER}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response.body.dump();
    expect(response.statusCode).toBe(400);
  });
});

describe('security headers and /metrics', () => {
  test('JSON answers carry helmet headers and a CSP that loads nothing', async () => {
    const response = await request(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${READER}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response.body.dump();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('/metrics needs METRICS_TOKEN in production', async () => {
    const anonymous = await request(`${app.url}/metrics`);
    await anonymous.body.dump();
    expect(anonymous.statusCode).toBe(401);
    const wrong = await request(`${app.url}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token' } });
    await wrong.body.dump();
    expect(wrong.statusCode).toBe(401);
    const allowed = await request(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } });
    expect(allowed.statusCode).toBe(200);
    expect(await allowed.body.text()).toMatch(/paygraph_subscribers/);
  });

  test('without METRICS_TOKEN, production serves no /metrics at all', async () => {
    const bare = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `web=${READER}:read` });
    try {
      const response = await request(`${bare.url}/metrics`);
      await response.body.dump();
      expect(response.statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
