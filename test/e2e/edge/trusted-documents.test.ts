import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../../helpers/paygraph';
import { CreateChargeDocument, ReadChargeDocument, WatchChargeDocument } from '../../generated/client/graphql';

/**
 * Trusted documents over the wire (docs/security.md, "Trusted documents"): a real Paygraph loads
 * the client kit's manifest (TRUSTED_DOCUMENTS); documents run by hash over GET, POST and
 * graphql-ws; unknown or disagreeing hashes and, with TRUSTED_DOCUMENTS_ONLY, query text are
 * refused before the provider is called.
 */
const MANIFEST = path.resolve(__dirname, '../../generated/client/persisted-documents.json');
const KEY = 'writer-key-0123456789abcdef';
const auth = { authorization: `Bearer ${KEY}` };
const hashOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const READ = hashOf(ReadChargeDocument);
const CREATE = hashOf(CreateChargeDocument);
const WATCH = hashOf(WatchChargeDocument);
const UNKNOWN = 'f'.repeat(64);

async function post(app: TestPaygraph, body: Record<string, unknown>) {
  const response = await request(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(body) });
  return { status: response.statusCode, headers: response.headers, body: (await response.body.json()) as GraphQLResponse };
}

async function get(app: TestPaygraph, params: Record<string, unknown>) {
  const search = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
  const response = await request(`${app.graphqlUrl}?${search.toString()}`, { method: 'GET', headers: auth });
  return { status: response.statusCode, headers: response.headers, body: (await response.body.json()) as GraphQLResponse };
}

/** Provider (Astra simulator) requests that `run` caused. */
async function providerCalls(app: TestPaygraph, run: () => Promise<unknown>): Promise<number> {
  const before = app.sandbox!.astra.counters.total;
  await run();
  return app.sandbox!.astra.counters.total - before;
}

async function createCharge(app: TestPaygraph, amount: string): Promise<{ id: string; txid: string }> {
  const created = await post(app, { documentId: CREATE, variables: { input: { amount } } });
  expect(created.body.errors).toBeUndefined();
  return created.body.data.createPixCharge.pixCharge as { id: string; txid: string };
}

describe('with TRUSTED_DOCUMENTS (server key)', () => {
  let app: TestPaygraph;
  let chargeId: string;
  beforeAll(async () => {
    app = await startTestPaygraph({ API_KEYS: `shop=${KEY}`, TRUSTED_DOCUMENTS: MANIFEST });
    chargeId = (await createCharge(app, '12.00')).id;
  });
  afterAll(() => app.close());

  test('a read runs by hash over GET (documentId), cacheable by the browser only', async () => {
    const answer = await get(app, { documentId: `sha256:${READ}`, variables: { id: chargeId } });
    expect(answer.status).toBe(200);
    expect(answer.body.data.node).toMatchObject({ __typename: 'PixCharge', id: chargeId, amount: { amount: '12.00' } });
    expect(answer.headers['cache-control']).toBe('private, no-cache');
  });

  test("a read runs by hash over GET with Apollo's persistedQuery extension", async () => {
    const answer = await get(app, { extensions: { persistedQuery: { version: 1, sha256Hash: READ } }, variables: { id: chargeId } });
    expect(answer.body.data.node.id).toBe(chargeId);
  });

  test.each([
    ['documentId', { documentId: READ }],
    ['extensions.persistedQuery', { extensions: { persistedQuery: { version: 1, sha256Hash: READ } } }],
  ])('a read runs by hash over POST (%s), not cached', async (_case, body) => {
    const answer = await post(app, { ...body, variables: { id: chargeId } });
    expect(answer.body.data.node.id).toBe(chargeId);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  test('a subscription runs by hash over graphql-ws and sees the charge become paid', async () => {
    const { id, txid } = await createCharge(app, '7.00');
    const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: auth });
    const statuses: string[] = [];
    try {
      const paid = new Promise<void>((resolve, reject) => {
        // graphql-ws requires `query` to be a string: an empty one, and the hash in extensions.
        client.subscribe(
          { query: '', variables: { id }, extensions: { persistedQuery: { version: 1, sha256Hash: WATCH } } },
          {
            next: (result) => {
              if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
              const status = (result.data as { pixChargeUpdated: { status: string } }).pixChargeUpdated.status;
              statuses.push(status);
              if (statuses.length === 1) void app.services.sandbox!.payPixCharge('ASTRA', txid);
              if (status === 'PAID') resolve();
            },
            error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
            complete: () => undefined,
          },
        );
      });
      await paid;
    } finally {
      await client.dispose();
    }
    expect(statuses[0]).toBe('ACTIVE');
    expect(statuses.at(-1)).toBe('PAID');
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND over POST, GET and graphql-ws, with 0 provider calls', async () => {
    let posted: Awaited<ReturnType<typeof post>> | undefined;
    let got: Awaited<ReturnType<typeof get>> | undefined;
    let overWs: GraphQLResponse | undefined;
    const calls = await providerCalls(app, async () => {
      posted = await post(app, { documentId: UNKNOWN, variables: { id: chargeId } });
      got = await get(app, { documentId: UNKNOWN, variables: { id: chargeId } });
      overWs = await wsByHash(app, { query: '', extensions: { documentId: UNKNOWN }, variables: { id: chargeId } });
    });
    expect([posted!.status, got!.status]).toEqual([404, 404]);
    for (const answer of [posted!.body, got!.body, overWs!]) expect(answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(calls).toBe(0);
  });

  test('a hash with a query that is not its document is refused, with 0 provider calls', async () => {
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    const calls = await providerCalls(app, async () => {
      answer = await post(app, { documentId: READ, query: 'mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }' });
    });
    expect(answer!.status).toBe(400);
    expect(answer!.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(calls).toBe(0);
  });

  test('a mutation by hash over GET stays refused, with 0 provider calls', async () => {
    let answer: Awaited<ReturnType<typeof get>> | undefined;
    const calls = await providerCalls(app, async () => {
      answer = await get(app, { documentId: CREATE, variables: { input: { amount: '3.00' } } });
    });
    expect(answer!.status).toBe(405);
    expect(answer!.body.data).toBeUndefined();
    expect(calls).toBe(0);
  });

  test('a server key may still send query text', async () => {
    const answer = await post(app, { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: chargeId } });
    expect(answer.body.data.node.id).toBe(chargeId);
  });
});

describe('with TRUSTED_DOCUMENTS_ONLY=true', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph({ API_KEYS: `shop=${KEY}`, TRUSTED_DOCUMENTS: MANIFEST, TRUSTED_DOCUMENTS_ONLY: 'true' });
  });
  afterAll(() => app.close());

  test('a server key sending query text is refused over HTTP and graphql-ws, with 0 provider calls', async () => {
    const text = 'mutation { createPixCharge(input: { amount: "4.00" }) { pixCharge { id } } }';
    let overHttp: Awaited<ReturnType<typeof post>> | undefined;
    let overWs: GraphQLResponse | undefined;
    const calls = await providerCalls(app, async () => {
      overHttp = await post(app, { query: text });
      overWs = await wsByHash(app, { query: text });
    });
    expect(overHttp!.status).toBe(403);
    expect(overHttp!.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(overWs!.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(calls).toBe(0);
  });

  test('the same server key runs a trusted document by hash', async () => {
    const { id } = await createCharge(app, '4.00');
    expect((await get(app, { documentId: READ, variables: { id } })).body.data.node.id).toBe(id);
  });
});

test('a manifest with an entry that is not the sha256 of its document stops the start', async () => {
  const tampered = path.join(mkdtempSync(path.join(tmpdir(), 'paygraph-manifest-')), 'persisted-documents.json');
  // The read document's hash, now naming a mutation: the server must not serve it as trusted.
  writeFileSync(tampered, JSON.stringify({ [READ]: 'mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }' }));
  await expect(startTestPaygraph({ API_KEYS: `shop=${KEY}`, TRUSTED_DOCUMENTS: tampered })).rejects.toThrow(/^TRUSTED_DOCUMENTS: entry [0-9a-f]{16}… is not the sha256/);
});

/** One operation over graphql-ws with a raw subscribe payload: the first result or the errors. */
async function wsByHash(app: TestPaygraph, payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> }): Promise<GraphQLResponse> {
  const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: auth });
  try {
    return await new Promise<GraphQLResponse>((resolve, reject) => {
      client.subscribe(payload, {
        next: (value) => resolve(value as GraphQLResponse),
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error instanceof Error ? error : new Error('subscription failed'))),
        complete: () => undefined,
      });
    });
  } finally {
    await client.dispose();
  }
}
