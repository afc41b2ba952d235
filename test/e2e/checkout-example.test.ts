import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildCheckoutPage, startCheckout, type RunningCheckout } from '../../examples/checkout/start-checkout';
import { launchBrowser } from '../helpers/browser';
import { CARDS } from '../helpers/cards';

/**
 * examples/checkout in Chromium (issue 26, item 1): the page built by Vite, the merchant server and
 * a sandbox Paygraph with the page's trusted documents, all on loopback. A shopper pays with Pix
 * (QR code, copia e cola, copy button, countdown, the sandbox's "Simulate payment" → "Paid" live
 * over graphql-ws) and by card (approved, declined). Every request the page sends to Paygraph is
 * recorded: a client token or the publishable key, a hash, never query text or the server key.
 * Screenshots: test-output/checkout-*.png.
 */
const OUTPUT = path.resolve(__dirname, '..', '..', 'test-output');
/** An element's visible text with its line breaks as single spaces. */
const textOf = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(OUTPUT, `checkout-${name}.png`), fullPage: true });

/** What the page sent to Paygraph: credentials, whether it carried query text, and graphql-ws frames. */
interface PaygraphTraffic {
  authorizations: string[];
  bodies: string[];
  wsFrames: string[];
}

let checkout: RunningCheckout;
let browser: Browser;
let webRoot: string;
const logs: string[] = [];
/** The page's console errors, failed requests and uncaught exceptions: printed when a test fails. */
let pageProblems: string[] = [];

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  webRoot = mkdtempSync(path.join(tmpdir(), 'paygraph-checkout-'));
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  [, checkout, browser] = await Promise.all([
    buildCheckoutPage(webRoot),
    startCheckout({ paygraphPort: 0, merchantPort: 0, webRoot, logDestination, logLevel: 'info', astraSimulator: { sandboxDelayMs: 50 } }),
    launchBrowser(),
  ]);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await checkout?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function openCheckout(options: { fakeClock?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; traffic: PaygraphTraffic }> {
  const context = await browser.newContext({ viewport: { width: 520, height: 900 } });
  // The page's own clock (Date, timers), which the countdown runs on; Paygraph keeps real time.
  if (options.fakeClock) await context.clock.install();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(checkout.pageUrl).origin });
  const page = await context.newPage();
  pageProblems = [];
  page.on('pageerror', (error) => pageProblems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && pageProblems.push(`console: ${message.text()}`));
  page.on('requestfailed', (request) => pageProblems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`));
  const traffic: PaygraphTraffic = { authorizations: [], bodies: [], wsFrames: [] };
  const paygraphOrigin = new URL(checkout.paygraph.graphqlUrl).origin;
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== paygraphOrigin || request.method() === 'OPTIONS') return;
    traffic.authorizations.push(request.headers().authorization ?? '(none)');
    traffic.bodies.push(`${request.url()} ${request.postData() ?? ''}`);
  });
  page.on('websocket', (socket) => socket.on('framesent', (frame) => traffic.wsFrames.push(String(frame.payload))));
  await page.goto(checkout.pageUrl);
  await page
    .getByTestId('order-amount')
    .waitFor({ timeout: 10_000 })
    .catch((error: Error) => {
      throw new Error(`${error.message}\npage problems:\n${pageProblems.join('\n')}`);
    });
  return { context, page, traffic };
}

/** The page used only its browser credentials and sent only hashes. */
function expectOnlyHashes(traffic: PaygraphTraffic, credential: RegExp): void {
  expect(traffic.authorizations.length).toBeGreaterThan(0);
  for (const authorization of traffic.authorizations) expect(authorization).toMatch(credential);
  for (const body of [...traffic.bodies, ...traffic.wsFrames]) {
    expect(body).not.toContain(checkout.serverKey);
    expect(body).not.toMatch(/"query":"[^"]|[?&]query=/);
  }
}

test('Pix: QR code, copia e cola with a copy button, a countdown, then "Paid" live once the sandbox pays', async () => {
  const { context, page, traffic } = await openCheckout();
  try {
    await page.getByAltText('Pix QR code').waitFor();
    const brCode = await page.getByLabel('Pix copia e cola').inputValue();
    expect(brCode).toMatch(/^000201.+6304[0-9A-F]{4}$/);
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByRole('button', { name: 'Copied!' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(brCode);
    // 15 minutes from the charge's expiresAt (the provider's clock), ticking down.
    await expect(page.getByTestId('pix-countdown').innerText()).resolves.toMatch(/^Code expires in 1[45]:\d\d$/);
    await expect(page.getByTestId('pix-status').innerText()).resolves.toBe('Waiting for your payment… this page updates by itself.');
    await screenshot(page, 'pix');

    await page.getByRole('button', { name: 'Simulate payment (sandbox)' }).click();
    const paid = page.getByTestId('pix-paid');
    await paid.waitFor();
    expect(await textOf(paid)).toBe('Paid We received your Pix of R$ 49,90. Thank you! Your order is confirmed; you can close this page.');
    await screenshot(page, 'pix-paid');

    // Read over GET by hash with the client token; followed over graphql-ws by hash with it too.
    expectOnlyHashes(traffic, /^Bearer eyJ/);
    expect(traffic.bodies.some((body) => /\?(.*&)?documentId=sha256%3A[0-9a-f]{64}/.test(body))).toBe(true);
    expect(traffic.wsFrames.some((frame) => /"type":"subscribe".*"documentId":"sha256:[0-9a-f]{64}"/.test(frame))).toBe(true);
    expect(traffic.wsFrames.find((frame) => frame.includes('connection_init'))).toMatch(/"authorization":"Bearer eyJ/);
  } finally {
    await context.close();
  }
});

test('the countdown runs out: the page says the code expired and that nothing was taken, and gets a new code', async () => {
  const { context, page } = await openCheckout({ fakeClock: true });
  try {
    await page.getByAltText('Pix QR code').waitFor();
    const firstCode = await page.getByLabel('Pix copia e cola').inputValue();
    await page.clock.fastForward('14:00');
    await expect(textOf(page.getByTestId('pix-countdown'))).resolves.toMatch(/^Code expires in [01]:\d\d$/);
    await page.clock.fastForward('01:01');
    const expired = page.getByTestId('pix-expired');
    await expired.waitFor();
    expect(await textOf(expired)).toBe(
      'This Pix code has expired No money was taken. If you already paid, your bank returns it automatically. Get a new code to pay again. Get a new code',
    );
    await screenshot(page, 'pix-expired');

    await page.clock.setSystemTime(new Date());
    await page.getByRole('button', { name: 'Get a new code' }).click();
    await page.getByAltText('Pix QR code').waitFor();
    expect(await page.getByLabel('Pix copia e cola').inputValue()).not.toBe(firstCode);
    await expect(textOf(page.getByTestId('pix-countdown'))).resolves.toMatch(/^Code expires in 1[45]:\d\d$/);
  } finally {
    await context.close();
  }
});

/** Card charges the simulators received (the tokenized-card charge route). */
const savedCardCharges = () => Object.values(checkout.paygraph.sandbox!).reduce((sum, simulator) => sum + simulator.counters.count('POST /card/v1/credit/tokenized'), 0);

/** Fills the card form and pays; the expiry is four years ahead. */
async function payByCard(page: Page, number: string): Promise<void> {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Name on card').fill('MARIA SOUZA');
  await page.getByLabel('Expiry (MM/YY)').fill(`12/${String((new Date().getUTCFullYear() + 4) % 100).padStart(2, '0')}`);
  await page.getByRole('button', { name: 'Pay R$ 49,90' }).click();
}

test('card approved: tokenized with the publishable key, charged by the merchant server, "Paid" shown', async () => {
  const { context, page, traffic } = await openCheckout();
  try {
    const chargesBefore = savedCardCharges();
    await payByCard(page, CARDS.approved);
    const paid = page.getByTestId('card-paid');
    await paid.waitFor();
    expect(await textOf(paid)).toBe('Paid Payment approved: R$ 49,90 charged to the card ending in 1111. Thank you! Your order is confirmed.');
    await screenshot(page, 'card-approved');
    expect(savedCardCharges()).toBe(chargesBefore + 1);
    // The card went to Paygraph with the publishable key (and, before, the Pix reads with the token).
    expectOnlyHashes(traffic, /^Bearer (pk_checkout_|eyJ)/);
    expect(traffic.authorizations.filter((authorization) => authorization.startsWith('Bearer pk_checkout_'))).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('card declined: a message the shopper understands, and the form stays to try again', async () => {
  const { context, page } = await openCheckout();
  try {
    await payByCard(page, CARDS.declined);
    const problem = page.getByTestId('card-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toBe('Your bank declined this card, so nothing was charged. Try another card, or pay with Pix.');
    await expect(page.getByRole('button', { name: 'Pay R$ 49,90' }).isEnabled()).resolves.toBe(true);
    await expect(page.getByAltText('Pix QR code').isVisible()).resolves.toBe(true);
    await screenshot(page, 'card-declined');
  } finally {
    await context.close();
  }
});

test('a mistyped card number is shown next to the field', async () => {
  const { context, page } = await openCheckout();
  try {
    await payByCard(page, '4111111111111112');
    await page.getByText('Check the card number: it is not a valid card.').waitFor();
    await expect(page.getByLabel('Card number').getAttribute('aria-invalid')).resolves.toBe('true');
  } finally {
    await context.close();
  }
});

test('the merchant server does not charge a card for an order already paid with Pix', async () => {
  const merchant = (route: string) => fetch(new URL(route, checkout.pageUrl), { method: 'POST' });
  const order = (await (await merchant('/api/orders')).json()) as { id: string };
  expect((await merchant(`/api/orders/${order.id}/simulate-pix`)).status).toBe(200);
  // A saved card, as the page would have tokenized it (here with the server key, which may too).
  const saved = await fetch(checkout.paygraph.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${checkout.serverKey}` },
    body: JSON.stringify({
      query: 'mutation($input: SaveCardInput!) { saveCard(input: $input) { savedCard { id } } }',
      variables: { input: { card: { number: CARDS.approved, holderName: 'MARIA SOUZA', expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 4 } } },
    }),
  });
  const savedCardId = ((await saved.json()) as { data: { saveCard: { savedCard: { id: string } } } }).data.saveCard.savedCard.id;

  const before = savedCardCharges();
  const answer = await fetch(new URL(`/api/orders/${order.id}/card`, checkout.pageUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ savedCardId }),
  });
  expect(await answer.json()).toEqual({ approved: true, message: 'This order is already paid with Pix: your card was not charged.' });
  expect(savedCardCharges()).toBe(before);
});

test("no card number reached Paygraph's logs (every request logged at info)", () => {
  const all = logs.join('');
  expect(all).toContain('"operation":"CheckoutSaveCard"');
  expect(all).toContain('"operation":"MerchantChargeSavedCard"');
  for (const number of [CARDS.approved, CARDS.declined]) expect(all).not.toContain(number);
});
