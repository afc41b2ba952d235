import { UnsecuredJWT, decodeJwt } from 'jose';
import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { CREATE_BATCH, batchInput } from '../helpers/pix-payouts';
import { OIDC_CLIENT, PAYGRAPH_AUDIENCE, startOidcProvider, type RunningOidcProvider } from '../helpers/oidc-provider';
import { openSocket } from '../helpers/subscriptions';
import { wsOnce } from '../helpers/ws-once';

// Staff sign-in end to end: a real OpenID provider (oidc-provider) issues JWT access tokens for
// Paygraph's audience; Paygraph, configured with OIDC_ISSUER/OIDC_AUDIENCE only, checks them
// through discovery and the provider's JWKS, over HTTP and graphql-ws.
const SERVER_KEY = 'ops-key-0123456789abcdef';
const LIST_CHARGES = `{ pixCharges(first: 5) { totalCount edges { node { id } } } }`;
const CREATE_CHARGE = `mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } userErrors { code } } }`;

let idp: RunningOidcProvider;
let app: TestPaygraph;
let chargeId: string;
beforeAll(async () => {
  idp = await startOidcProvider();
  app = await startTestPaygraph({ API_KEYS: `ops=${SERVER_KEY}:read+write`, OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: PAYGRAPH_AUDIENCE });
  // A server key still authenticates as before (asked first), and leaves a charge to list.
  const created = await app.gql(CREATE_CHARGE, {}, { authorization: `Bearer ${SERVER_KEY}` });
  chargeId = created.data.createPixCharge.pixCharge.id;
});
afterAll(async () => {
  await app.close();
  await idp.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Provider (simulator) calls made while `work` runs. */
async function providerCallsDuring<T>(work: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const before = app.sandbox!.astra.counters.total;
  const result = await work();
  return { result, calls: app.sandbox!.astra.counters.total - before };
}

async function postStatus(token: string): Promise<{ status: number; code?: string }> {
  const response = await request(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({ query: LIST_CHARGES }),
  });
  const body = (await response.body.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.statusCode, code: body.errors?.[0]?.extensions?.code };
}

describe('OIDC sign-in over HTTP', () => {
  it('a token with `read` lists charges', async () => {
    const token = await idp.issue({ scope: 'read' });

    const { result, calls } = await providerCallsDuring(() => app.gql(LIST_CHARGES, {}, bearer(token)));

    expect(result.errors).toBeUndefined();
    expect(result.data.pixCharges.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(chargeId);
    expect(calls).toBeGreaterThan(0);
  });

  it('a token without `payouts` is FORBIDDEN on a payout mutation, with 0 provider calls', async () => {
    const token = await idp.issue({ scope: 'read write cards webhooks' });

    const { result, calls } = await providerCallsDuring(() => app.gql(CREATE_BATCH, { input: batchInput(2) }, bearer(token)));

    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.createPixPayoutBatch ?? null).toBeNull();
    expect(calls).toBe(0);
    // The audit line names who tried: the signed-in subject, never the token.
    const refusal = app.logs.find((line) => line.includes('scope_refused') && line.includes(`oidc:${OIDC_CLIENT.id}`));
    expect(refusal).toBeDefined();
    expect(app.logs.some((line) => line.includes(token))).toBe(false);
  });

  it('a token with `payouts` creates the same batch (the scope, not the credential kind, decides)', async () => {
    const token = await idp.issue({ scope: 'payouts' });
    const result = await app.gql(CREATE_BATCH, { input: batchInput(2) }, bearer(token));
    expect(result.errors).toBeUndefined();
    expect(result.data.createPixPayoutBatch.pixPayoutBatch.status).toBe('CREATED');
  });

  it('refuses expired, not-yet-valid, wrong-audience, forged, alg none and other-issuer tokens: 401, 0 provider calls', async () => {
    const now = Math.floor(Date.now() / 1000);
    const good = await idp.issue({ scope: 'read' });
    const [header, , signature] = good.split('.');
    const other = await startOidcProvider();
    const refused = {
      expired: await idp.issue({ scope: 'read', claims: { iat: now - 600, exp: now - 300 } }),
      notYetValid: await idp.issue({ scope: 'read', ttlSeconds: 3600, claims: { nbf: now + 600 } }),
      wrongAudience: await idp.issue({ scope: 'read', resource: 'https://another-api.test' }),
      forged: `${header}.${Buffer.from(JSON.stringify({ ...decodeJwt(good), scope: 'read payouts' })).toString('base64url')}.${signature}`,
      algNone: new UnsecuredJWT({ scope: 'read', sub: OIDC_CLIENT.id, exp: now + 300 }).setIssuer(idp.issuer).setAudience(PAYGRAPH_AUDIENCE).encode(),
      otherIssuer: await other.issue({ scope: 'read' }),
    };
    await other.close();
    // Each was issued as meant (the provider wrote these claims); the resolver's tests show each reason alone.
    expect(decodeJwt(refused.expired).exp).toBeLessThan(now);
    expect(decodeJwt(refused.notYetValid).nbf).toBeGreaterThan(now);

    const answers: Record<string, unknown> = {};
    const { calls } = await providerCallsDuring(async () => {
      for (const [name, token] of Object.entries(refused)) answers[name] = await postStatus(token);
    });

    for (const name of Object.keys(refused)) expect({ name, answer: answers[name] }).toEqual({ name, answer: { status: 401, code: 'UNAUTHENTICATED' } });
    expect(calls).toBe(0);
    // The operator's log says why (tokens of this issuer only), and never holds a token.
    const reasons = app.logs.filter((line) => line.includes('"event":"oidc_token_refused"')).map((line) => JSON.parse(line) as { code: string; claim?: string });
    expect(reasons.map(({ code, claim }) => `${code}${claim ? `:${claim}` : ''}`)).toEqual(
      expect.arrayContaining([
        'ERR_JWT_EXPIRED:exp',
        'ERR_JWT_CLAIM_VALIDATION_FAILED:nbf',
        'ERR_JWT_CLAIM_VALIDATION_FAILED:aud',
        'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
        'ERR_JOSE_ALG_NOT_ALLOWED',
      ]),
    );
    for (const token of Object.values(refused)) expect(app.logs.some((line) => line.includes(token))).toBe(false);
  });
});

describe('OIDC sign-in over graphql-ws', () => {
  it('a token with `read` in connectionParams lists charges', async () => {
    const token = await idp.issue({ scope: 'read' });
    const result = await wsOnce(app.wsUrl, LIST_CHARGES, {}, bearer(token));
    expect(result.errors).toBeUndefined();
    expect(result.data.pixCharges.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(chargeId);
  });

  it('a token without `payouts` is FORBIDDEN on a payout mutation, with 0 provider calls', async () => {
    const token = await idp.issue({ scope: 'read write' });
    const { result, calls } = await providerCallsDuring(() => wsOnce(app.wsUrl, CREATE_BATCH, { input: batchInput(2) }, bearer(token)));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(calls).toBe(0);
  });

  it('a socket whose token expires is closed then with 4401, ending its subscription', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await idp.issue({ scope: 'read', claims: { exp } });
    const socket = openSocket(app.wsUrl, bearer(token));
    await socket.acknowledged;
    const updates = socket.subscribe(`subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`, { id: chargeId });

    const closed = await socket.closed;

    expect(closed).toEqual({ code: 4401, reason: 'Credential expired: reconnect with a fresh one.' });
    await updates.completed;
    // Not before the token's own expiry.
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000);
  });

  it('a refused token closes the socket with 4403 Forbidden before any operation', async () => {
    const token = await idp.issue({ scope: 'read', resource: 'https://another-api.test' });
    const socket = openSocket(app.wsUrl, bearer(token));
    expect((await socket.closed).code).toBe(4403);
  });
});

describe('OIDC issuer unreachable', () => {
  it('answers 503 CREDENTIALS_UNAVAILABLE (retryable), not 401, and closes sockets with 1013, with 0 provider calls; server keys still work', async () => {
    const gone = await startOidcProvider();
    const token = await gone.issue({ scope: 'read' });
    await gone.close();
    const cut = await startTestPaygraph({ API_KEYS: `ops=${SERVER_KEY}:read`, OIDC_ISSUER: gone.issuer, OIDC_AUDIENCE: PAYGRAPH_AUDIENCE });
    try {
      const before = cut.sandbox!.astra.counters.total;
      const response = await request(cut.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(token) },
        body: JSON.stringify({ query: LIST_CHARGES }),
      });
      const body = (await response.body.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };

      expect(response.statusCode).toBe(503);
      expect(body.errors[0].extensions).toMatchObject({ code: 'CREDENTIALS_UNAVAILABLE', retryable: true });
      expect(cut.sandbox!.astra.counters.total).toBe(before);
      expect((await cut.gql(LIST_CHARGES, {}, bearer(SERVER_KEY))).errors).toBeUndefined();
      // graphql-ws: the socket closes with 1013 Try Again Later and says why.
      const beforeSocket = cut.sandbox!.astra.counters.total;
      const socket = openSocket(cut.wsUrl, bearer(token));
      expect(await socket.closed).toEqual({ code: 1013, reason: 'The credential could not be checked now (its issuer is unreachable); retry.' });
      expect(cut.sandbox!.astra.counters.total).toBe(beforeSocket);
    } finally {
      await cut.close();
    }
  });
});
