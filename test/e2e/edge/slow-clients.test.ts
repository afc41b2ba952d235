import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { rawExchange } from '../../helpers/raw-http';
import { webhookUrlFor } from '../../../src/lib/webhook-url';

/** Slow clients are cut off by the HTTP server's own deadlines (HTTP_REQUEST/HEADERS_TIMEOUT_MS). */
let app: TestPaygraph;
let port: number;
beforeAll(async () => {
  app = await startTestPaygraph({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '500' });
  port = Number(new URL(app.url).port);
});
afterAll(() => app.close());

const BODY = JSON.stringify({ query: `{ __typename ${' '.repeat(200)}}` });
const post = (path: string, length: number) => `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('slow clients', () => {
  test('a body trickled one byte every 100 ms to /graphql gets 408 and is closed before it is complete', async () => {
    const result = await rawExchange(port, post('/graphql', BODY.length), { trickle: BODY, everyMs: 100 });
    expect(result.response).toMatch(/^HTTP\/1\.1 408/);
    expect(result.bodyBytesSent).toBeLessThan(BODY.length);
    app.logger.info({ elapsedMs: result.elapsedMs, bodyBytesSent: result.bodyBytesSent }, 'slow /graphql body cut off');
  });

  test('slow headers get 408 too', async () => {
    const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n`;
    const result = await rawExchange(port, head, { trickle: 'X-Slow: ' + 'a'.repeat(200), everyMs: 100 });
    expect(result.response).toMatch(/^HTTP\/1\.1 408/);
  });

  test('a slow body to a real webhook URL is cut off the same way', async () => {
    const secret = await app.services.webhookSecrets.create('ASTRA');
    const path = new URL(webhookUrlFor(app.url, 'ASTRA', secret)).pathname;
    const body = JSON.stringify({ padding: 'x'.repeat(200) });
    const result = await rawExchange(port, post(path, body.length), { trickle: body, everyMs: 100 });
    expect(result.response).toMatch(/^HTTP\/1\.1 408/);
    expect(result.bodyBytesSent).toBeLessThan(body.length);
  });

  test('a webhook with a wrong secret is refused (401) before its body is read: no body byte sent', async () => {
    const result = await rawExchange(port, post('/webhooks/astra/not-a-registered-secret-000000', 50_000), { untilResponse: true });
    expect(result.response).toMatch(/^HTTP\/1\.1 401/);
    expect(result.bodyBytesSent).toBe(0);
  });

  test('an unknown provider is refused (404) before its body is read', async () => {
    const result = await rawExchange(port, post('/webhooks/nobody/some-secret-000000000000', 50_000), { untilResponse: true });
    expect(result.response).toMatch(/^HTTP\/1\.1 404/);
  });
});
