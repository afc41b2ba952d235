import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GRAPHIQL_CSP } from '../../src/graphiql';
import { defaultGraphiqlTabs } from '../../src/graphiql/default-tabs';
import { launchBrowser, watchOffOriginRequests } from '../helpers/browser';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { untilSubscribers } from '../helpers/subscriptions';

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-output', 'graphiql.png');

type Win = Window & { __cspViolations: string[] };

const RESPONSE_PANE = '.graphiql-response';
const HEADER_EDITOR = 'section.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)';

/** The text of a CodeMirror 5 editor (GraphiQL 3's editors and result pane). */
function editorValue(page: Page, container: string): Promise<string> {
  return page.evaluate((selector) => {
    const el = document.querySelector<Element & { CodeMirror?: { getValue(): string } }>(`${selector} .CodeMirror`);
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
    const el = document.querySelector<Element & { CodeMirror?: { operationName?: string | null } }>('.graphiql-query-editor .CodeMirror');
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

  it('follows the default tabs in one window: the events panel shows the ,01 charge paid, then refunded, never leaving loopback', async () => {
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

    // The Payment events panel: its own graphql-ws subscription, with the headers typed above.
    await page.getByRole('button', { name: /Payment events/ }).click();
    const panel = page.locator('section.paygraph-events');
    await panel.locator('.paygraph-events-status[data-status="live"]').waitFor();
    await untilSubscribers(() => app.services.bus.subscriberCount, 1, 10_000);
    expect(JSON.parse(wsSent[0])).toEqual({ type: 'connection_init', payload: { 'x-request-id': 'graphiql-browser-test' } });

    // 1. CreateCharge from its tab, as it ships (a ,01 amount): the panel shows it paid.
    const createTab = defaultGraphiqlTabs(true).find((tab) => tab.name === 'CreateCharge')!;
    expect(createTab.query).toMatch(/amount: "\d+\.01"/);
    await openTab(page, 'CreateCharge');
    await page.locator('.graphiql-execute-button').click();
    const created = JSON.parse(await waitForResponse(page, ['"createPixCharge"', '"status": "ACTIVE"']));
    const chargeId: string = created.data.createPixCharge.pixCharge.id;
    const paidEvent = panel.locator(`.paygraph-event[data-event-type="PIX_CHARGE_PAID"][data-subject-id="${chargeId}"]`);
    await paidEvent.waitFor({ timeout: 15_000 });
    await expect(paidEvent.locator('.paygraph-event-meta').textContent()).resolves.toMatch(/^ASTRA · PixCharge PAID · R\$ 5\.01$/);

    // 2. ReadCharge with the id the panel puts into the variables editor.
    await openTab(page, 'ReadCharge');
    await paidEvent.getByRole('button', { name: 'Use as $id' }).click();
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(page, [`"id": "${chargeId}"`, '"status": "PAID"']);

    // 3. Refund, then the panel shows the refund.
    await openTab(page, 'Refund');
    await paidEvent.getByRole('button', { name: 'Use as $id' }).click();
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(page, ['"refundPixCharge"', '"status": "PROCESSING"', '"userErrors": []']);
    const refundEvent = panel.locator(`.paygraph-event[data-event-type="PIX_CHARGE_REFUNDED"][data-subject-id="${chargeId}"]`);
    await refundEvent.waitFor({ timeout: 15_000 });
    await expect(refundEvent.locator('.paygraph-event-meta').textContent()).resolves.toMatch(/PixCharge PARTIALLY_REFUNDED · R\$ 5\.01, 1\.00 refunded$/);

    // 4. WatchCharge in the editor starts with the charge as it is now.
    await openTab(page, 'WatchCharge');
    await refundEvent.getByRole('button', { name: 'Use as $id' }).click();
    await page.locator('.graphiql-execute-button').click();
    await waitForResponse(page, [`"id": "${chargeId}"`, '"status": "PARTIALLY_REFUNDED"', '"amount": "1.00"']);

    // The panel's one subscription lived through every operation the editor ran, and received
    // each event exactly once.
    const panelEvents = wsReceived
      .map((frame) => JSON.parse(frame) as { type: string; payload?: { data?: { paymentEvents?: { type: string; subject: { id: string } } } } })
      .map((msg) => msg.payload?.data?.paymentEvents)
      .filter((event) => event !== undefined);
    expect(panelEvents.map((event) => `${event.type} ${event.subject.id}`)).toEqual([`PIX_CHARGE_PAID ${chargeId}`, `PIX_CHARGE_REFUNDED ${chargeId}`]);
    await expect(panel.locator('.paygraph-event').count()).resolves.toBe(2);
    expect(wsSent.filter((frame) => JSON.parse(frame).type === 'connection_init')).toHaveLength(2); // panel + the editor's WatchCharge

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
