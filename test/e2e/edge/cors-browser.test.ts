import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';

/** A browser app on another origin calls Paygraph from headless Chromium (real CORS preflight). */
const READER = 'reader-key-0123456789abcdef';

let allowedSite: Server;
let otherSite: Server;
let app: TestPaygraph;
let browser: Browser;

function pageServer(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>frontend</title><p>frontend</p>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

beforeAll(async () => {
  allowedSite = await pageServer();
  otherSite = await pageServer();
  app = await startTestPaygraph({ NODE_ENV: 'production', API_KEYS: `web=${READER}:read`, CORS_ORIGINS: originOf(allowedSite) });
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await close(allowedSite);
  await close(otherSite);
});

/** Opens a page on `origin` and runs a JSON POST with an Authorization header (needs a preflight). */
async function callFrom(origin: string): Promise<{ ok: true; body: unknown } | { ok: false; error: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    return await page.evaluate(
      async ({ url, key }) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: '{ pixCharges(first: 1) { totalCount } }' }),
          });
          return { ok: true as const, body: await response.json() };
        } catch (error) {
          return { ok: false as const, error: String(error) };
        }
      },
      { url: app.graphqlUrl, key: READER },
    );
  } finally {
    await page.close();
  }
}

describe('CORS in a real browser', () => {
  test('a page on an allowed origin calls Paygraph', async () => {
    const result = await callFrom(originOf(allowedSite));
    expect(result).toEqual({ ok: true, body: { data: { pixCharges: { totalCount: 0 } } } });
  });

  test('a page on another origin is refused by the browser', async () => {
    const before = app.sandbox!.astra.counters.total;
    const result = await callFrom(originOf(otherSite));
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(/TypeError/);
    expect(app.sandbox!.astra.counters.total).toBe(before); // the preflight failed: the POST never ran
  });
});
