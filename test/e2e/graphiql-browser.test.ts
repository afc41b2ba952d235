import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GRAPHIQL_CSP, type GraphiqlOptions } from '../../src/graphiql';
import { launchBrowser, watchOffOriginRequests } from '../helpers/browser';
import { startMiniServer, TICK_COUNT, type MiniServer } from './support/mini-graphql-server';

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-output', 'graphiql.png');

const options: GraphiqlOptions = {
  graphqlPath: '/graphql',
  assetsPath: '/graphiql-assets',
  title: 'Paygraph GraphiQL (browser test)',
  sandboxBanner: 'Sandbox mode: provider simulators on loopback',
  defaultTabs: [
    { name: 'Hello', query: 'query Hello {\n  hello\n}\n' },
    {
      name: 'Ticks',
      query: 'subscription Ticks {\n  ticks\n}\n',
      headers: '{"x-paygraph-test": "from-default-tab"}',
    },
  ],
};

type Win = Window & { __cspViolations: string[]; __responses: string[] };

const RESPONSE_PANE = '.graphiql-response';
const HEADER_EDITOR =
  'section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)';

/** The text of a CodeMirror 5 editor (GraphiQL 3's editors and result pane). */
function editorValue(page: Page, container: string): Promise<string> {
  return page.evaluate((selector) => {
    const el = document.querySelector(`${selector} .CodeMirror`) as
      | (Element & { CodeMirror?: { getValue(): string } })
      | null;
    return el?.CodeMirror?.getValue() ?? '';
  }, container);
}

const responseText = (page: Page) => editorValue(page, RESPONSE_PANE);

// Polls from Node, so that a timeout reports what the result pane shows instead.
async function waitForResponse(page: Page, expected: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let text = await responseText(page);
  while (!text.includes(expected)) {
    if (Date.now() > deadline) {
      throw new Error(`result pane never showed ${expected}; it shows:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
    text = await responseText(page);
  }
}

/**
 * Types into the query editor. GraphiQL parses the edit (and the operation name it will send) after
 * a debounce, and only then renames the tab: running before that sends the previous operation name.
 */
async function replaceQuery(page: Page, query: string, operationName: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query);
  await page.locator('.graphiql-tab-button', { hasText: operationName }).waitFor();
}

describe('GraphiQL in a real browser', () => {
  let browser: Browser;
  let server: MiniServer;

  beforeAll(async () => {
    // Throws (fails the suite) when Chromium is missing: CI installs Debian's chromium.
    browser = await launchBrowser();
    server = await startMiniServer(options);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs a query and a subscription from a self-hosted page, never leaving loopback', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests = watchOffOriginRequests(page, server.origin);
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const wsReceived: string[] = [];
    const wsSent: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('websocket', (ws) => {
      ws.on('framereceived', (f) => wsReceived.push(String(f.payload)));
      ws.on('framesent', (f) => wsSent.push(String(f.payload)));
    });
    // Registered through CDP, so it runs even though the page's CSP forbids inline scripts.
    await page.addInitScript(() => {
      const w = window as unknown as Win;
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });

    const response = await page.goto(`${server.origin}${options.graphqlPath}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(GRAPHIQL_CSP);
    await page.locator('.graphiql-container').waitFor();
    await expect(page.locator('.paygraph-banner').textContent()).resolves.toBe(
      options.sandboxBanner,
    );
    await expect(page.locator('.graphiql-tab-button').allTextContents()).resolves.toEqual([
      'Hello',
      'Ticks',
    ]);

    // Headers typed in the (per-tab) header editor go with the HTTP request.
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await page.locator(`${HEADER_EDITOR} .CodeMirror`).click();
    await page.keyboard.type('{"x-paygraph-test": "from-graphiql"}');
    await expect(editorValue(page, HEADER_EDITOR)).resolves.toBe(
      '{"x-paygraph-test": "from-graphiql"}',
    );

    // A typed query over HTTP POST.
    await replaceQuery(page, 'query Typed { hello }', 'Typed');
    const post = page.waitForRequest(
      (req) => req.method() === 'POST' && /Typed/.test(req.postData() ?? ''),
    );
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(page, '"hello": "Olá from Paygraph"');
    expect((await post).headers()['x-paygraph-test']).toBe('from-graphiql');

    // A subscription over graphql-ws, from the second default tab (whose headers must reach the
    // server in graphql-ws's connection_init payload): record every value the result pane shows.
    await page.locator('.graphiql-tab-button', { hasText: 'Ticks' }).click();
    await replaceQuery(page, 'subscription Counting { ticks }', 'Counting');
    await page.evaluate(() => {
      const w = window as unknown as Win;
      w.__responses = [];
      const el = document.querySelector('.graphiql-response .CodeMirror') as Element & {
        CodeMirror: { on(event: string, cb: (cm: { getValue(): string }) => void): void };
      };
      el.CodeMirror.on('change', (cm) => w.__responses.push(cm.getValue()));
    });
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(page, `"ticks": ${TICK_COUNT}`);
    const shown = await page.evaluate(() => (window as unknown as Win).__responses);
    const ticksShown = shown.flatMap((text) => /"ticks": (\d+)/.exec(text)?.[1] ?? []);
    expect(ticksShown).toEqual(['1', '2', '3']);
    const nextPayloads = wsReceived
      .map((frame) => JSON.parse(frame) as { type: string; payload?: unknown })
      .filter((msg) => msg.type === 'next')
      .map((msg) => msg.payload);
    expect(nextPayloads).toEqual([1, 2, 3].map((ticks) => ({ data: { ticks } })));
    expect(JSON.parse(wsSent[0]!)).toEqual({
      type: 'connection_init',
      payload: { 'x-paygraph-test': 'from-default-tab' },
    });

    // The docs explorer, fed by introspection.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Subscription', { exact: true }).waitFor();
    await docs.getByText('Query', { exact: true }).waitFor();

    // A modal dialog injects react-remove-scroll's <style>, which the CSP allows by hash.
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').getByText('Theme').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    const violations = await page.evaluate(() => (window as unknown as Win).__cspViolations);
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content.Security.Policy/i.test(text))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.offLoopback).toEqual([]);
    expect(requests.otherOrigin).toEqual([]);
    await context.close();
  }, 60_000);
});
