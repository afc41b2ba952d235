import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GRAPHIQL_CSP } from '../../src/graphiql';
import { defaultGraphiqlTabs } from '../../src/graphiql/default-tabs';
import { launchBrowser, watchOffOriginRequests } from '../helpers/browser';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { untilSubscribers } from '../helpers/subscriptions';
import { CreatePixChargeDocument } from '../generated/graphql';

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-output', 'graphiql.png');

type Win = Window & { __cspViolations: string[] };

const RESPONSE_PANE = '.graphiql-response';
const HEADER_EDITOR = 'section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)';

/** The text of a CodeMirror 5 editor (GraphiQL 3's editors and result pane). */
function editorValue(page: Page, container: string): Promise<string> {
  return page.evaluate((selector) => {
    const el = document.querySelector(`${selector} .CodeMirror`) as (Element & { CodeMirror?: { getValue(): string } }) | null;
    return el?.CodeMirror?.getValue() ?? '';
  }, container);
}

const responseText = (page: Page) => editorValue(page, RESPONSE_PANE);

// Polls from Node, so that a timeout reports what the result pane shows instead.
async function waitForResponse(page: Page, expected: string[], timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = await responseText(page);
  while (!expected.every((part) => text.includes(part))) {
    if (Date.now() > deadline) throw new Error(`result pane never showed ${expected.join(' + ')}; it shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    text = await responseText(page);
  }
  return text;
}

/**
 * Switches to a tab and waits until GraphiQL has parsed its query: it re-reads the operation name
 * it will send after a debounce (kept on the CodeMirror instance), and running before that sends
 * the previous tab's operation name.
 */
async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.graphiql-tab-button', { hasText: name }).click();
  await page.locator('.graphiql-tab-active .graphiql-tab-button', { hasText: name }).waitFor();
  await page.waitForFunction((operationName) => {
    const el = document.querySelector('.graphiql-query-editor .CodeMirror') as (Element & { CodeMirror?: { operationName?: string | null } }) | null;
    return el?.CodeMirror?.operationName === operationName;
  }, name);
}

describe('GraphiQL in a real browser against a real Paygraph', () => {
  let browser: Browser;
  let app: TestPaygraph;

  beforeAll(async () => {
    // Throws (fails the suite) when Chromium is missing: CI installs Debian's chromium.
    browser = await launchBrowser();
    app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 100 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs a query and the paymentEvents subscription, sees PIX_CHARGE_PAID, never leaving loopback', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests = watchOffOriginRequests(page, app.url);
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
      document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });

    // A browser navigation (Accept: text/html) to the GraphQL endpoint gets GraphiQL.
    const response = await page.goto(`${app.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response?.headers()['content-security-policy']).toBe(GRAPHIQL_CSP);
    await page.locator('.graphiql-container').waitFor();
    await expect(page.locator('.paygraph-banner').textContent()).resolves.toMatch(/^Sandbox mode: .*,01 are paid automatically\.$/);
    await expect(page.locator('.graphiql-tab-button').allTextContents()).resolves.toEqual(defaultGraphiqlTabs(true).map((tab) => tab.name));

    // The docs explorer, fed by introspection of the real schema.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Subscription', { exact: true }).waitFor();
    await docs.getByText('Mutation', { exact: true }).waitFor();

    // A modal dialog injects react-remove-scroll's <style>, which the CSP allows by hash.
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').getByText('Theme').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    await docs.waitFor({ state: 'detached' });

    // A query over HTTP POST from a default tab, with a header typed in the header editor: Paygraph
    // echoes a caller's x-request-id, so the response proves the header reached the server.
    await openTab(page, 'ListCharges');
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await page.locator(`${HEADER_EDITOR} .CodeMirror`).click();
    await page.keyboard.type('{"x-request-id": "graphiql-browser-test"}');
    const post = page.waitForResponse((res) => res.request().method() === 'POST' && /ListCharges/.test(res.request().postData() ?? ''));
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(page, ['"pixCharges"', '"totalCount": 0']);
    expect((await post).headers()['x-request-id']).toBe('graphiql-browser-test');

    // The paymentEvents subscription over graphql-ws (the WatchPayments default tab, as it ships).
    await openTab(page, 'WatchPayments');
    await page.locator('.graphiql-execute-button').click();
    await untilSubscribers(() => app.services.bus.subscriberCount, 1, 10_000);

    // A 1.01 charge created by another client: the sandbox pays it, its webhook is confirmed, and
    // the event reaches the browser.
    const created = await app.gqlTyped(CreatePixChargeDocument, { input: { amount: '1.01', reference: 'graphiql-browser' } });
    expect(created.data?.createPixCharge.userErrors).toEqual([]);
    const txid = created.data!.createPixCharge.pixCharge!.txid;
    await waitForResponse(page, ['"type": "PIX_CHARGE_PAID"', `"txid": "${txid}"`, '"status": "PAID"', '"amount": "1.01"'], 15_000);

    const events = wsReceived
      .map((frame) => JSON.parse(frame) as { type: string; payload?: { data?: { paymentEvents?: { type: string; subject: { txid: string } } } } })
      .filter((msg) => msg.type === 'next')
      .map((msg) => msg.payload?.data?.paymentEvents);
    expect(events).toEqual([expect.objectContaining({ type: 'PIX_CHARGE_PAID', provider: 'ASTRA', subject: expect.objectContaining({ txid, status: 'PAID' }) })]);
    expect(JSON.parse(wsSent[0]!)).toMatchObject({ type: 'connection_init' });

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
