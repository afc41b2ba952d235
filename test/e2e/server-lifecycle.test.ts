import { request } from 'undici';
import { startTestPaygraph } from '../helpers/paygraph';

const NODE = `query($id: ID!) { node(id: $id) { ... on PixCharge { status } } }`;

describe('HTTP surface', () => {
  test('healthz, readyz and metrics answer; bad bodies get short JSON errors without stacks', async () => {
    const app = await startTestPaygraph({ BODY_LIMIT_BYTES: '2000' });
    try {
      const health = await request(`${app.url}/healthz`);
      expect(health.statusCode).toBe(200);
      expect(await health.body.json()).toEqual({ status: 'ok' });
      const ready = await request(`${app.url}/readyz`);
      expect(await ready.body.json()).toEqual({ status: 'ready', mode: 'sandbox', state: 'memory' });

      const tooLarge = await request(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(5_000)}` }),
      });
      expect(tooLarge.statusCode).toBe(413);
      const tooLargeBody = await tooLarge.body.text();
      expect(tooLargeBody).not.toMatch(/ at |node_modules/);
      expect(JSON.parse(tooLargeBody)).toEqual({ errors: [{ message: 'Request body too large.', extensions: { code: 'BAD_REQUEST' } }] });
      expect(tooLarge.headers['content-type']).toBe('application/json; charset=utf-8');

      const malformed = await request(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(malformed.statusCode).toBe(400);
      const malformedBody = await malformed.body.text();
      expect(malformedBody).not.toMatch(/ at |node_modules|SyntaxError/);
      expect(JSON.parse(malformedBody)).toEqual({ errors: [{ message: 'Malformed request body.', extensions: { code: 'BAD_REQUEST' } }] });

      const metrics = await request(`${app.url}/metrics`);
      expect(metrics.statusCode).toBe(200);
      expect(await metrics.body.text()).toMatch(/paygraph_subscribers 0/);
    } finally {
      await app.close();
    }
  });

  test('closing drains: an in-flight operation completes, new connections are refused', async () => {
    const app = await startTestPaygraph();
    const created = await app.gql(`mutation { createPixCharge(input: { amount: "2.00" }) { pixCharge { id } } }`);
    const id = created.data.createPixCharge.pixCharge.id;
    app.sandbox!.astra.faults.set({ latencyMs: 300, routeFilter: 'GET /charge/v1/dynamic/:txid' });
    const inFlight = app.gql(NODE, { id });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = app.close();
    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect(result.data.node.status).toBe('ACTIVE');
    await closing;
    await expect(request(`${app.url}/healthz`)).rejects.toThrow();
  });

  test('a GET /graphql from a JSON client is not served GraphiQL', async () => {
    const app = await startTestPaygraph();
    try {
      const response = await request(`${app.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(response.statusCode).toBe(200);
      expect(await response.body.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await app.close();
    }
  });
});
