import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';

// What Chromium sends when a person opens the URL.
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('Paygraph started with GRAPHIQL=false', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph({ GRAPHIQL: 'false' });
  });
  afterAll(() => app?.close());

  test('answers a browser GET /graphql with a plain 404 that names GRAPHIQL, no page and no stack', async () => {
    const response = await request(app.graphqlUrl, { headers: { accept: BROWSER_ACCEPT } });
    const body = await response.body.text();
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    // helmet's JSON policy (loads nothing), not GraphiQL's page policy.
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(body).toMatch(/GraphiQL is disabled.*GRAPHIQL=false/);
    expect(body).not.toMatch(/<html|<script|\bat .*\(.*:\d+:\d+\)|node_modules|src\//i);
  });

  test('serves no GraphiQL assets', async () => {
    const response = await request(`${app.url}/graphiql-assets/graphiql-init.js`);
    await response.body.dump();
    expect(response.statusCode).toBe(404);
  });

  test('still answers GraphQL over a JSON POST', async () => {
    const response = await app.gql('query { pixCharges(first: 1) { totalCount } }');
    expect(response).toEqual({ data: { pixCharges: { totalCount: 0 } } });
  });
});
