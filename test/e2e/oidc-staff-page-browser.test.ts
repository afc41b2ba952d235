import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { PAYGRAPH_AUDIENCE, startOidcProvider, type RunningOidcProvider } from '../helpers/oidc-provider';

// Issue 24, "done when": a staff page on another origin, signed in through the OpenID provider
// (authorization code + PKCE, the provider's own login and consent pages, in Chromium), lists
// charges with the access token it got, and holds no server key.
const SERVER_KEY = 'ops-key-0123456789abcdef';
const STAFF_CLIENT_ID = 'staff-dashboard-web';

let staffSite: Server;
let idp: RunningOidcProvider;
let app: TestPaygraph;
let browser: Browser;
let chargeId: string;

/** What the staff page needs to know: where to sign in and where Paygraph is. */
const settings = { issuer: '', graphqlUrl: '', audience: PAYGRAPH_AUDIENCE, clientId: STAFF_CLIENT_ID };

/** The staff page: `/` starts the sign-in, `/callback` exchanges the code and lists charges. */
const STAFF_PAGE = `<!doctype html><title>staff</title><ul id="charges"></ul><script type="module">
const settings = JSON.parse(document.querySelector('#settings').textContent);
const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
const redirectUri = location.origin + '/callback';
async function signIn() {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem('verifier', verifier);
  const query = new URLSearchParams({ client_id: settings.clientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid read', resource: settings.audience, code_challenge: challenge, code_challenge_method: 'S256' });
  location.assign(settings.issuer + '/auth?' + query);
}
async function listCharges(code) {
  const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: settings.clientId, code_verifier: sessionStorage.getItem('verifier'), resource: settings.audience });
  const { access_token: token } = await (await fetch(settings.issuer + '/token', { method: 'POST', body })).json();
  const response = await fetch(settings.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
    body: JSON.stringify({ query: '{ pixCharges(first: 20) { edges { node { id } } } }' }),
  });
  const result = await response.json();
  const list = document.querySelector('#charges');
  for (const edge of result.data?.pixCharges.edges ?? []) list.append(Object.assign(document.createElement('li'), { textContent: edge.node.id }));
  list.dataset.status = String(response.status);
  list.dataset.errors = JSON.stringify(result.errors ?? []);
}
const code = new URLSearchParams(location.search).get('code');
if (location.pathname === '/callback' && code) listCharges(code); else signIn();
</script>`;

function startStaffSite(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<script type="application/json" id="settings">${JSON.stringify(settings)}</script>${STAFF_PAGE}`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  staffSite = await startStaffSite();
  const staffOrigin = `http://127.0.0.1:${(staffSite.address() as AddressInfo).port}`;
  idp = await startOidcProvider({ browserClient: { id: STAFF_CLIENT_ID, redirectUri: `${staffOrigin}/callback` } });
  app = await startTestPaygraph({ API_KEYS: `ops=${SERVER_KEY}:read+write`, OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: PAYGRAPH_AUDIENCE, CORS_ORIGINS: staffOrigin });
  Object.assign(settings, { issuer: idp.issuer, graphqlUrl: app.graphqlUrl });
  const created = await app.gql(`mutation { createPixCharge(input: { amount: "12.34" }) { pixCharge { id } } }`, {}, { authorization: `Bearer ${SERVER_KEY}` });
  chargeId = created.data.createPixCharge.pixCharge.id;
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
  await new Promise((resolve) => staffSite?.close(resolve));
});

test('a staff page signed in through the OpenID provider lists charges (Chromium, another origin)', async () => {
  const page = await browser.newPage();
  // Nothing leaves the machine: the provider's development pages link a web font.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  try {
    await page.goto(`http://127.0.0.1:${(staffSite.address() as AddressInfo).port}/`);
    // The provider's own sign-in page, then its consent page.
    await page.locator('input[name=login]').fill('ana@company.test');
    await page.locator('input[name=password]').fill('any password');
    await page.locator('button[type=submit]').click();
    await page.locator('button:has-text("Continue")').click();

    const list = page.locator('#charges[data-status]');
    await list.waitFor();
    expect(await list.getAttribute('data-status')).toBe('200');
    expect(await list.getAttribute('data-errors')).toBe('[]');
    expect(await page.locator('#charges li').allTextContents()).toContain(chargeId);
    // Paygraph knows the caller as the signed-in person, never as a server key.
    expect(app.logs.some((line) => line.includes('"clientId":"oidc:ana@company.test"'))).toBe(true);
  } finally {
    await page.close();
  }
});
