import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { CARDS, card } from '../../helpers/cards';
import { startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';

/**
 * Issue 24, "done when", in Chromium: pages on their own origins holding only a browser
 * credential. A checkout page with a client token shows one charge and sees it become paid (over
 * graphql-ws); a card form with a publishable key tokenizes a card. (The staff page signed in
 * through the OpenID provider: oidc-staff-page-browser.test.ts.)
 */
const SERVER_KEY = 'shop-key-0123456789abcdef';
const PUBLISHABLE = 'pk_test_browser_0123456789ab';
// graphql-ws's browser bundle (its package exports do not name the file; GraphiQL serves the same one).
const GRAPHQL_WS_UMD = readFileSync(path.join(path.dirname(require.resolve('graphql-ws/package.json')), 'umd', 'graphql-ws.min.js'), 'utf8');

/** The checkout page: subscribes to its one charge with the client token and shows its status. */
const CHECKOUT_PAGE = `<!doctype html><title>checkout</title><p id="status">loading</p><script src="/graphql-ws.js"></script><script>
const settings = JSON.parse(document.querySelector('#settings').textContent);
const client = graphqlWs.createClient({ url: settings.wsUrl, connectionParams: { authorization: 'Bearer ' + settings.token } });
client.subscribe(
  { query: 'subscription($id: ID!) { pixChargeUpdated(id: $id) { id status amount { amount } } }', variables: { id: settings.chargeId } },
  {
    next: (result) => {
      const status = document.querySelector('#status');
      if (result.errors) status.dataset.errors = JSON.stringify(result.errors);
      else status.textContent = result.data.pixChargeUpdated.status + ' ' + result.data.pixChargeUpdated.amount.amount;
    },
    error: (error) => { document.querySelector('#status').dataset.errors = String(error && (error.reason || error.message || error)); },
    complete: () => {},
  },
);
</script>`;

/** The card form: tokenizes the card typed into it with the publishable key and shows the saved card. */
const CARD_PAGE = `<!doctype html><title>card form</title><p id="saved">none</p><script>
const settings = JSON.parse(document.querySelector('#settings').textContent);
window.saveCard = async (card) => {
  const response = await fetch(settings.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + settings.publishableKey },
    body: JSON.stringify({ query: 'mutation($input: SaveCardInput!) { saveCard(input: $input) { savedCard { id maskedNumber } userErrors { code } } }', variables: { input: { card } } }),
  });
  const result = await response.json();
  const saved = document.querySelector('#saved');
  saved.dataset.status = String(response.status);
  saved.textContent = JSON.stringify(result);
};
</script>`;

interface Site {
  server: Server;
  origin: string;
  settings: Record<string, string>;
}

async function startSite(page: string): Promise<Site> {
  const settings: Record<string, string> = {};
  const server = createServer((req, res) => {
    if (req.url === '/graphql-ws.js') {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      return void res.end(GRAPHQL_WS_UMD);
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<script type="application/json" id="settings">${JSON.stringify(settings)}</script>${page}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, settings };
}

let checkout: Site;
let cardForm: Site;
let app: TestPaygraph;
let browser: Browser;
const asShop = { authorization: `Bearer ${SERVER_KEY}` };

beforeAll(async () => {
  checkout = await startSite(CHECKOUT_PAGE);
  cardForm = await startSite(CARD_PAGE);
  app = await startTestPaygraph({
    API_KEYS: `shop=${SERVER_KEY}:read+write+cards`,
    CLIENT_TOKEN_KEYS: 'k1:browser-test-client-token-secret-0123456789',
    PUBLISHABLE_KEYS: `shop=${PUBLISHABLE}@${cardForm.origin}`,
    CORS_ORIGINS: checkout.origin,
  });
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  for (const site of [checkout, cardForm]) await new Promise((resolve) => site?.server.close(resolve));
});

async function openPage(url: string, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  // Nothing leaves the machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  try {
    await page.goto(url);
    await run(page);
  } finally {
    await page.close();
  }
}

test('a checkout page on another origin, holding only a client token, shows its charge and sees it become paid', async () => {
  const created = await app.gql('mutation { createPixCharge(input: { amount: "19.90" }) { pixCharge { id } } }', {}, asShop);
  const chargeId = created.data.createPixCharge.pixCharge.id as string;
  const issued = await app.gql(
    'mutation($input: CreateClientTokenInput!) { createClientToken(input: $input) { clientToken userErrors { code message } } }',
    { input: { subjectId: chargeId, origin: checkout.origin } },
    asShop,
  );
  expect(issued.data.createClientToken.userErrors).toEqual([]);
  Object.assign(checkout.settings, { token: issued.data.createClientToken.clientToken, chargeId, wsUrl: app.graphqlUrl.replace(/^http/, 'ws') });

  await openPage(`${checkout.origin}/`, async (page) => {
    const status = page.locator('#status');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ACTIVE 19.90' || document.querySelector('#status')?.hasAttribute('data-errors'));
    expect(await status.getAttribute('data-errors')).toBeNull();
    // The payer pays (the sandbox's webhook path); the page, still holding only its token, sees it.
    const paid = await app.gql(
      'mutation($input: SimulatePixChargePaymentInput!) { simulatePixChargePayment(input: $input) { userErrors { code } } }',
      { input: { chargeId } },
      asShop,
    );
    expect(paid.data.simulatePixChargePayment.userErrors).toEqual([]);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'PAID 19.90', undefined, { timeout: 15_000 });
    expect(await status.getAttribute('data-errors')).toBeNull();
  });
  // Issuance was audited (client, subject, TTL) without the token itself.
  const audit = app.logs.find((line) => line.includes(chargeId) && /client.?token/i.test(line));
  expect(audit).toBeDefined();
  expect(audit).not.toContain(checkout.settings.token);
});

test('a card form holding only a publishable key tokenizes a card, and the merchant server sees the saved card', async () => {
  Object.assign(cardForm.settings, { graphqlUrl: app.graphqlUrl, publishableKey: PUBLISHABLE });
  let savedId = '';
  await openPage(`${cardForm.origin}/`, async (page) => {
    await page.evaluate((input) => (window as unknown as { saveCard: (card: unknown) => Promise<void> }).saveCard(input), card(CARDS.approved));
    const saved = page.locator('#saved[data-status]');
    await saved.waitFor();
    expect(await saved.getAttribute('data-status')).toBe('200');
    const result = JSON.parse((await saved.textContent()) ?? '{}') as { data: { saveCard: { savedCard: { id: string; maskedNumber: string }; userErrors: unknown[] } } };
    expect(result.data.saveCard.userErrors).toEqual([]);
    expect(result.data.saveCard.savedCard.maskedNumber).toMatch(/1111$/);
    savedId = result.data.saveCard.savedCard.id;
  });
  // The merchant's server, with its own key, finds the card the page saved (and never saw its number).
  const node = await app.gql('query($id: ID!) { node(id: $id) { id ... on SavedCard { maskedNumber } } }', { id: savedId }, asShop);
  expect(node.data.node).toEqual({ id: savedId, maskedNumber: expect.stringMatching(/1111$/) });
});
