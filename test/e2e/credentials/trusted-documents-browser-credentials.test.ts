import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import { request } from 'undici';
import WebSocket from 'ws';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph, providerCalls } from '../../helpers/paygraph';
import { PAYGRAPH_AUDIENCE, startOidcProvider, type RunningOidcProvider } from '../../helpers/oidc-provider';
import { CARDS, card } from '../../helpers/cards';

/**
 * Trusted documents with real browser credentials (issue 24, "Tests must show": an untrusted document
 * from a browser credential is refused, a trusted one runs by hash over GET, POST and graphql-ws;
 * docs/security.md, "Trusted documents" and "Browser credentials"). Real Paygraphs load the
 * committed manifest (TRUSTED_DOCUMENTS) next to CLIENT_TOKEN_KEYS, PUBLISHABLE_KEYS and an
 * in-process OpenID provider. Every refusal is checked against the simulators' counters: 0 provider
 * calls. The hashes come from the manifest itself, looked up by operation name.
 */
const MANIFEST_PATH = path.resolve(__dirname, '../../generated/client/persisted-documents.json');
const MANIFEST = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>;

const SERVER_KEY = 'writer-key-0123456789abcdef';
const PK = 'pk_test_0123456789abcdefgh';
const SHOP = 'https://shop.example';
const CLIENT_TOKEN_KEYS = 'k-1:client-token-secret-0123456789abcdef';

/** The manifest's hash and text of the operation named `name` (exactly one entry must define it). */
function trusted(name: string): { hash: string; text: string } {
  const entries = Object.entries(MANIFEST).filter(([, text]) => getOperationAST(parse(text))?.name?.value === name);
  if (entries.length !== 1) throw new Error(`the manifest has ${entries.length} documents named ${name}`);
  const [hash, text] = entries[0];
  return { hash, text };
}

const READ_CHARGE = trusted('ReadCharge'); // node(id:) of a PixCharge
const NODES_AMOUNTS = trusted('NodesAmounts'); // nodes(ids:)
const WATCH_CHARGE = trusted('WatchCharge'); // subscription pixChargeUpdated(id:)
const LIST_CHARGES = trusted('ListPixCharges'); // a list
const CREATE_CHARGE = trusted('CreateCharge'); // a mutation
const SAVE_CARD = trusted('SaveCard'); // what a publishable key is for
const DECODE_TEXT = 'query($brCode: String!) { decodeBrCode(brCode: $brCode) { valid } }'; // not in the manifest

type Transport = 'POST' | 'GET' | 'graphql-ws';
const TRANSPORTS: Transport[] = ['POST', 'GET', 'graphql-ws'];

/** What a request sends: query text, or a manifest document by hash. */
type Sent = { text: string; label: string } | { hash: string; label: string };
const asText = (document: { text: string }, label: string): Sent => ({ text: document.text, label: `${label} as text` });
const byHash = (document: { hash: string }, label: string): Sent => ({ hash: document.hash, label: `${label} by hash` });

/** A credential as a browser (or a server) sends it: the bearer and, for a page, its Origin. */
interface Credential {
  name: string;
  headers: Record<string, string>;
}

interface Outcome {
  status?: number;
  cacheControl?: unknown;
  body: GraphQLResponse;
  providerCalls: number;
}

/** The table this file prints at the end: every request, what came back, and what it cost the providers. */
const table: string[][] = [];

afterAll(() => {
  const header = ['Paygraph', 'credential', 'transport', 'sends', 'answer', 'HTTP', 'provider calls'];
  const lines = [header, header.map(() => '---'), ...table].map((row) => `| ${row.join(' | ')} |`);
  console.log(`Trusted documents × browser credentials\n${lines.join('\n')}`);
});

/** Sends one operation over `transport` and records it in the table. */
async function send(app: TestPaygraph, appName: string, credential: Credential, transport: Transport, sent: Sent, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const before = providerCalls(app);
  const answer: Omit<Outcome, 'providerCalls'> =
    transport === 'graphql-ws' ? { body: await overWebSocket(app, credential, sent, variables) } : await overHttp(app, credential, transport, sent, variables);
  const outcome: Outcome = { ...answer, providerCalls: providerCalls(app) - before };
  const code = outcome.body.errors?.[0]?.extensions?.code as string | undefined;
  table.push([appName, credential.name, transport, sent.label, code ?? 'ran', String(outcome.status ?? '–'), String(outcome.providerCalls)]);
  return outcome;
}

async function overHttp(app: TestPaygraph, credential: Credential, method: 'POST' | 'GET', sent: Sent, variables: Record<string, unknown>) {
  const named: Record<string, string> = 'hash' in sent ? { documentId: `sha256:${sent.hash}` } : { query: sent.text };
  const response =
    method === 'POST'
      ? await request(app.graphqlUrl, { method, headers: { 'content-type': 'application/json', ...credential.headers }, body: JSON.stringify({ ...named, variables }) })
      : await request(`${app.graphqlUrl}?${new URLSearchParams({ ...named, variables: JSON.stringify(variables) }).toString()}`, { method, headers: credential.headers });
  return { status: response.statusCode, cacheControl: response.headers['cache-control'], body: (await response.body.json()) as GraphQLResponse };
}

/**
 * One operation over graphql-ws: the first result, or the errors that refused it. By hash, the
 * subscribe payload carries `query: ""` (graphql-ws requires a string) and the hash in Apollo's
 * persistedQuery extension. A page's Origin comes with the upgrade request, as a browser sends it.
 */
async function overWebSocket(app: TestPaygraph, credential: Credential, sent: Sent, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const { origin, authorization } = credential.headers;
  class FromPage extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, origin ? { origin } : {});
    }
  }
  const client = createClient({ url: app.wsUrl, webSocketImpl: FromPage, retryAttempts: 0, lazy: true, connectionParams: { authorization } });
  const payload = 'hash' in sent ? { query: '', variables, extensions: { persistedQuery: { version: 1, sha256Hash: sent.hash } } } : { query: sent.text, variables };
  try {
    return await new Promise<GraphQLResponse>((resolve, reject) => {
      client.subscribe(payload, {
        next: (value) => resolve(value as GraphQLResponse),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error instanceof Error ? error : new Error('subscription failed', { cause: error }))),
        complete: () => reject(new Error('completed without a result')),
      });
    });
  } finally {
    await client.dispose();
  }
}

/** A refusal: this code, 403 over HTTP, no data, and not one provider call. */
function expectRefused(outcome: Outcome, code: string): void {
  expect(outcome.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  expect(outcome.body.data ?? null).toBeNull();
  if (outcome.status !== undefined) expect(outcome.status).toBe(403);
  expect(outcome.providerCalls).toBe(0);
}

function expectRan(outcome: Outcome): void {
  expect(outcome.body.errors).toBeUndefined();
  if (outcome.status !== undefined) expect(outcome.status).toBe(200);
}

const serverKey: Credential = { name: 'server key', headers: { authorization: `Bearer ${SERVER_KEY}` } };
const publishableKey: Credential = { name: 'publishable key', headers: { authorization: `Bearer ${PK}`, origin: SHOP } };

/** A Paygraph with the manifest and every browser credential configured; `extra` adds the rule's switches. */
function startWithBrowserCredentials(idp: RunningOidcProvider, extra: Record<string, string> = {}): Promise<TestPaygraph> {
  return startTestPaygraph({
    API_KEYS: `shop=${SERVER_KEY}:read+write+cards`,
    CLIENT_TOKEN_KEYS,
    PUBLISHABLE_KEYS: `shop=${PK}@${SHOP}`,
    OIDC_ISSUER: idp.issuer,
    OIDC_AUDIENCE: PAYGRAPH_AUDIENCE,
    TRUSTED_DOCUMENTS: MANIFEST_PATH,
    ...extra,
  });
}

/** A charge created by the server key, by hash (so it works under TRUSTED_DOCUMENTS_ONLY too). */
async function createCharge(app: TestPaygraph, amount: string): Promise<{ id: string; txid: string }> {
  const created = await overHttp(app, serverKey, 'POST', byHash(CREATE_CHARGE, 'CreateCharge'), { input: { amount } });
  expect(created.body.errors).toBeUndefined();
  return created.body.data.createPixCharge.pixCharge as { id: string; txid: string };
}

/** A client token for `subjectId`, issued by the server key (createClientToken is not in the manifest: text). */
async function clientTokenFor(app: TestPaygraph, subjectId: string): Promise<Credential> {
  const issued = await app.gql(
    'mutation($input: CreateClientTokenInput!) { createClientToken(input: $input) { clientToken userErrors { code } } }',
    { input: { subjectId } },
    serverKey.headers,
  );
  expect(issued.data.createClientToken.userErrors).toEqual([]);
  return { name: 'client token', headers: { authorization: `Bearer ${issued.data.createClientToken.clientToken as string}` } };
}

async function oidcToken(idp: RunningOidcProvider, scope: string): Promise<Credential> {
  return { name: `OIDC token (${scope})`, headers: { authorization: `Bearer ${await idp.issue({ scope })}` } };
}

let idp: RunningOidcProvider;
beforeAll(async () => {
  idp = await startOidcProvider();
});
afterAll(() => idp.close());

describe('TRUSTED_DOCUMENTS: browser credentials run only manifest documents, by hash', () => {
  const NAME = 'trusted';
  let app: TestPaygraph;
  let chargeA: { id: string; txid: string };
  let chargeB: { id: string; txid: string };
  let tokenA: Credential;
  let oidc: Credential;
  beforeAll(async () => {
    app = await startWithBrowserCredentials(idp);
    chargeA = await createCharge(app, '12.00');
    chargeB = await createCharge(app, '13.00');
    tokenA = await clientTokenFor(app, chargeA.id);
    oidc = await oidcToken(idp, 'read');
  });
  afterAll(() => app.close());

  describe.each(TRANSPORTS)('over %s', (transport) => {
    test('query text from a client token, a publishable key and an OIDC token: TRUSTED_DOCUMENT_REQUIRED, 0 provider calls', async () => {
      // Each sends a document its credential could otherwise run: only the missing hash refuses it.
      expectRefused(await send(app, NAME, tokenA, transport, asText(READ_CHARGE, 'ReadCharge(own charge)'), { id: chargeA.id }), 'TRUSTED_DOCUMENT_REQUIRED');
      expectRefused(await send(app, NAME, oidc, transport, asText(READ_CHARGE, 'ReadCharge'), { id: chargeA.id }), 'TRUSTED_DOCUMENT_REQUIRED');
      // A mutation cannot go over GET (405 before any rule): decodeBrCode text is the GET case.
      const pkText = transport === 'GET' ? { text: DECODE_TEXT, label: 'decodeBrCode as text' } : asText(SAVE_CARD, 'SaveCard');
      const pkVariables = transport === 'GET' ? { brCode: '000201' } : { input: { card: card(CARDS.approved) } };
      expectRefused(await send(app, NAME, publishableKey, transport, pkText, pkVariables), 'TRUSTED_DOCUMENT_REQUIRED');
    });

    test("a client token runs by hash the manifest's read of its own charge", async () => {
      const outcome = await send(app, NAME, tokenA, transport, byHash(READ_CHARGE, 'ReadCharge(own charge)'), { id: chargeA.id });
      expectRan(outcome);
      expect(outcome.body.data.node).toMatchObject({ __typename: 'PixCharge', id: chargeA.id, amount: { amount: '12.00' } });
      // A page's read by hash over GET may be kept by its own browser, never by a shared cache.
      if (transport === 'GET') expect(outcome.cacheControl).toBe('private, no-cache');
      const nodes = await send(app, NAME, tokenA, transport, byHash(NODES_AMOUNTS, 'NodesAmounts([own charge])'), { ids: [chargeA.id] });
      expectRan(nodes);
      expect(nodes.body.data.nodes).toEqual([{ id: chargeA.id, amount: { amount: '12.00' } }]);
    });

    test('a client token sending by hash a manifest document it may not run: FORBIDDEN, 0 provider calls', async () => {
      expectRefused(await send(app, NAME, tokenA, transport, byHash(READ_CHARGE, 'ReadCharge(other charge)'), { id: chargeB.id }), 'FORBIDDEN');
      expectRefused(await send(app, NAME, tokenA, transport, byHash(NODES_AMOUNTS, 'NodesAmounts([own, other])'), { ids: [chargeA.id, chargeB.id] }), 'FORBIDDEN');
      expectRefused(await send(app, NAME, tokenA, transport, byHash(LIST_CHARGES, 'ListPixCharges'), { first: 5 }), 'FORBIDDEN');
    });

    test('an OIDC token with read runs the same document by hash', async () => {
      const outcome = await send(app, NAME, oidc, transport, byHash(READ_CHARGE, 'ReadCharge'), { id: chargeB.id });
      expectRan(outcome);
      expect(outcome.body.data.node).toMatchObject({ id: chargeB.id, amount: { amount: '13.00' } });
    });

    test('a publishable key sending by hash a manifest read it may not run: FORBIDDEN, 0 provider calls', async () => {
      expectRefused(await send(app, NAME, publishableKey, transport, byHash(READ_CHARGE, 'ReadCharge'), { id: chargeA.id }), 'FORBIDDEN');
    });

    test('a server key may still send query text', async () => {
      const outcome = await send(app, NAME, serverKey, transport, asText(READ_CHARGE, 'ReadCharge'), { id: chargeA.id });
      expectRan(outcome);
      expect(outcome.body.data.node.id).toBe(chargeA.id);
    });
  });

  test.each(['POST', 'graphql-ws'] as const)('a publishable key tokenizes a card with the manifest SaveCard by hash over %s (1 provider call)', async (transport) => {
    const outcome = await send(app, NAME, publishableKey, transport, byHash(SAVE_CARD, 'SaveCard'), { input: { card: card(CARDS.approved) } });
    expectRan(outcome);
    expect(outcome.body.data.saveCard).toMatchObject({ savedCard: { token: expect.any(String), maskedNumber: expect.stringMatching(/1111$/) }, userErrors: [] });
    expect(outcome.providerCalls).toBe(1);
  });

  test('a client token sending a manifest mutation by hash (POST and graphql-ws): FORBIDDEN, 0 provider calls', async () => {
    for (const transport of ['POST', 'graphql-ws'] as const) {
      expectRefused(await send(app, NAME, tokenA, transport, byHash(CREATE_CHARGE, 'CreateCharge'), { input: { amount: '1.00' } }), 'FORBIDDEN');
    }
  });

  test("a client token follows its own charge by hash over graphql-ws until it is paid; another charge's updates are FORBIDDEN", async () => {
    expectRefused(await send(app, NAME, tokenA, 'graphql-ws', byHash(WATCH_CHARGE, 'WatchCharge(other charge)'), { id: chargeB.id }), 'FORBIDDEN');
    const before = providerCalls(app);
    const statuses = await watchUntilPaid(app, tokenA, chargeA);
    expect(statuses[0]).toBe('ACTIVE');
    expect(statuses.at(-1)).toBe('PAID');
    table.push([NAME, tokenA.name, 'graphql-ws', 'WatchCharge(own charge) by hash', `ran: ${statuses.join(' → ')}`, '–', String(providerCalls(app) - before)]);
  });
});

/** Subscribes by hash to the charge's updates, pays it in the simulator after the first, returns every status seen. */
async function watchUntilPaid(app: TestPaygraph, credential: Credential, charge: { id: string; txid: string }): Promise<string[]> {
  const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams: credential.headers });
  const statuses: string[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: '', variables: { id: charge.id }, extensions: { persistedQuery: { version: 1, sha256Hash: WATCH_CHARGE.hash } } },
        {
          next: (result) => {
            if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
            const status = (result.data as { pixChargeUpdated: { status: string } }).pixChargeUpdated.status;
            statuses.push(status);
            if (statuses.length === 1) void app.services.sandbox!.payPixCharge('ASTRA', charge.txid);
            if (status === 'PAID') resolve();
          },
          error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
          complete: () => reject(new Error(`completed before PAID: ${statuses.join(', ')}`)),
        },
      );
    });
  } finally {
    await client.dispose();
  }
  return statuses;
}

describe('TRUSTED_DOCUMENTS_OIDC_ANY=true: staff tokens may send text, client tokens still may not', () => {
  const NAME = 'trusted + OIDC_ANY';
  let app: TestPaygraph;
  let charge: { id: string; txid: string };
  let token: Credential;
  let oidc: Credential;
  beforeAll(async () => {
    app = await startWithBrowserCredentials(idp, { TRUSTED_DOCUMENTS_OIDC_ANY: 'true' });
    charge = await createCharge(app, '21.00');
    token = await clientTokenFor(app, charge.id);
    oidc = await oidcToken(idp, 'read');
  });
  afterAll(() => app.close());

  test.each(TRANSPORTS)('over %s', async (transport) => {
    const staff = await send(app, NAME, oidc, transport, asText(READ_CHARGE, 'ReadCharge'), { id: charge.id });
    expectRan(staff);
    expect(staff.body.data.node).toMatchObject({ id: charge.id, amount: { amount: '21.00' } });
    expectRefused(await send(app, NAME, token, transport, asText(READ_CHARGE, 'ReadCharge(own charge)'), { id: charge.id }), 'TRUSTED_DOCUMENT_REQUIRED');
    expectRefused(await send(app, NAME, publishableKey, transport, { text: DECODE_TEXT, label: 'decodeBrCode as text' }, { brCode: '000201' }), 'TRUSTED_DOCUMENT_REQUIRED');
  });
});

describe('TRUSTED_DOCUMENTS_ONLY=true: a server key too runs only manifest documents', () => {
  const NAME = 'trusted + ONLY';
  let app: TestPaygraph;
  let charge: { id: string; txid: string };
  beforeAll(async () => {
    app = await startWithBrowserCredentials(idp, { TRUSTED_DOCUMENTS_ONLY: 'true' });
    charge = await createCharge(app, '31.00');
  });
  afterAll(() => app.close());

  test.each(TRANSPORTS)('over %s: text is TRUSTED_DOCUMENT_REQUIRED with 0 provider calls, the same document by hash runs', async (transport) => {
    expectRefused(await send(app, NAME, serverKey, transport, asText(READ_CHARGE, 'ReadCharge'), { id: charge.id }), 'TRUSTED_DOCUMENT_REQUIRED');
    const outcome = await send(app, NAME, serverKey, transport, byHash(READ_CHARGE, 'ReadCharge'), { id: charge.id });
    expectRan(outcome);
    expect(outcome.body.data.node).toMatchObject({ id: charge.id, amount: { amount: '31.00' } });
  });

  test('over POST, a mutation as text is refused before it reaches the provider', async () => {
    expectRefused(await send(app, NAME, serverKey, 'POST', asText(CREATE_CHARGE, 'CreateCharge'), { input: { amount: '1.00' } }), 'TRUSTED_DOCUMENT_REQUIRED');
  });
});
