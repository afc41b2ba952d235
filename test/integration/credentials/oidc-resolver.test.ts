import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnsecuredJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { createOidcResolver, type OidcOptions } from '../../../src/credentials/oidc';
import { CredentialsUnavailableError } from '../../../src/credentials/credentials-unavailable';
import { OIDC_ALGORITHMS } from '../../../src/config/oidc';
import { API_KEY_SCOPES } from '../../../src/config';
import { OIDC_CLIENT, PAYGRAPH_AUDIENCE, signingKey, startOidcProvider, type RunningOidcProvider } from '../../helpers/oidc-provider';

// The resolver against a real OpenID provider (oidc-provider) on loopback: every token here was
// issued by it through the client-credentials grant, except the two it refuses to issue (alg none).
describe('OIDC credential resolver', () => {
  let idp: RunningOidcProvider;
  beforeAll(async () => {
    idp = await startOidcProvider();
  });
  afterAll(() => idp.close());

  const optionsFor = (issuer: string, overrides: Partial<OidcOptions> = {}): OidcOptions => ({
    issuer,
    audience: PAYGRAPH_AUDIENCE,
    scopesClaim: 'scope',
    grantable: API_KEY_SCOPES,
    clockSkewSeconds: 30,
    algorithms: [...OIDC_ALGORITHMS],
    ...overrides,
  });
  const resolverFor = (overrides: Partial<OidcOptions> = {}) => createOidcResolver(optionsFor(idp.issuer, overrides));
  const secondsFromNow = (seconds: number) => () => new Date(Date.now() + seconds * 1000);

  it('accepts a real token with its scopes, as oidc:<sub>', async () => {
    const token = await idp.issue({ scope: 'read write' });
    expect(decodeJwt(token)).toMatchObject({ iss: idp.issuer, aud: PAYGRAPH_AUDIENCE, sub: OIDC_CLIENT.id });

    const identity = await resolverFor()({ bearer: token });

    expect(identity).toEqual({ clientId: `oidc:${OIDC_CLIENT.id}`, kind: 'oidc', scopes: new Set(['read', 'write']), expiresAt: decodeJwt(token).exp! * 1000 });
  });

  it('accepts ES256 tokens too', async () => {
    const token = await idp.issue({ scope: 'payouts', alg: 'ES256' });
    expect(decodeProtectedHeader(token).alg).toBe('ES256');
    expect(await resolverFor()({ bearer: token })).toMatchObject({ scopes: new Set(['payouts']) });
  });

  it('answers null for a bearer that is not a JWT, so server keys and client tokens are asked', async () => {
    const resolve = resolverFor();
    for (const bearer of ['server-key-0123456789abcdef', 'a.b', 'not.a.jwt', '..', `${'x'.repeat(20)}.${'y'.repeat(20)}.${'z'.repeat(20)}`]) {
      expect(await resolve({ bearer })).toBeNull();
    }
  });

  it('keeps only Paygraph scopes by default, and maps the provider names when OIDC_SCOPE_MAP says so', async () => {
    const token = await idp.issue({ scope: 'read reports paygraph:read' });

    expect(await resolverFor()({ bearer: token })).toMatchObject({ scopes: new Set(['read']) });
    const mapped = await resolverFor({ scopeMap: new Map([['paygraph:read', 'read']]) })({ bearer: await idp.issue({ scope: 'paygraph:read reports write' }) });
    // With a map only mapped names grant: a generic `write` of another API gives nothing here.
    expect(mapped).toMatchObject({ scopes: new Set(['read']) });
  });

  it('reads scopes from another claim, an array', async () => {
    const token = await idp.issue({ scope: 'read', claims: { paygraph_roles: ['payouts', 'cards', 'admin'] } });
    expect(await resolverFor({ scopesClaim: 'paygraph_roles' })({ bearer: token })).toMatchObject({ scopes: new Set(['payouts', 'cards']) });
  });

  it('refuses an expired token once past the clock skew, and accepts it within the skew', async () => {
    const token = await idp.issue({ scope: 'read', ttlSeconds: 60 });

    expect(await resolverFor({ now: secondsFromNow(60 + 30 - 5) })({ bearer: token })).toMatchObject({ kind: 'oidc' });
    expect(await resolverFor({ now: secondsFromNow(60 + 30 + 5) })({ bearer: token })).toBe('refused');
    expect(await resolverFor({ now: secondsFromNow(60 + 5), clockSkewSeconds: 0 })({ bearer: token })).toBe('refused');
  });

  it('refuses a token that is not yet valid (nbf set by the provider), until its time comes', async () => {
    const nbf = Math.floor(Date.now() / 1000) + 600;
    const token = await idp.issue({ scope: 'read', ttlSeconds: 3600, claims: { nbf } });
    expect(decodeJwt(token).nbf).toBe(nbf);

    expect(await resolverFor()({ bearer: token })).toBe('refused');
    expect(await resolverFor({ now: secondsFromNow(601) })({ bearer: token })).toMatchObject({ kind: 'oidc' });
  });

  it('refuses a forged token: claims changed, or the signature changed', async () => {
    const token = await idp.issue({ scope: 'read' });
    const [header, payload, signature] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ ...decodeJwt(token), scope: 'read payouts' })).toString('base64url');
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const resolve = resolverFor();

    expect(await resolve({ bearer: `${header}.${widened}.${signature}` })).toBe('refused');
    expect(await resolve({ bearer: `${header}.${payload}.${flipped}` })).toBe('refused');
  });

  it('refuses a token without an expiry or without a subject', async () => {
    const resolve = resolverFor();
    const endless = await idp.issue({ scope: 'read', claims: { exp: undefined } });
    const nobody = await idp.issue({ scope: 'read', claims: { sub: undefined } });
    expect([decodeJwt(endless).exp, decodeJwt(nobody).sub]).toEqual([undefined, undefined]);

    expect(await resolve({ bearer: endless })).toBe('refused');
    expect(await resolve({ bearer: nobody })).toBe('refused');
  });

  it('will not use keys from a discovery document that names another issuer', async () => {
    // Configured as localhost, the provider is 127.0.0.1: same server, but its document says otherwise.
    const configured = idp.issuer.replace('127.0.0.1', 'localhost');
    const token = await idp.issue({ scope: 'read', claims: { iss: configured } });

    const refusal = createOidcResolver(optionsFor(configured))({ bearer: token });
    await expect(refusal).rejects.toBeInstanceOf(CredentialsUnavailableError);
    await expect(refusal).rejects.toHaveProperty('cause.message', 'OIDC discovery: the document names another issuer');
  });

  it('refuses a token issued for another audience', async () => {
    const token = await idp.issue({ scope: 'read', resource: 'https://another-api.test' });
    expect(decodeJwt(token).aud).toBe('https://another-api.test');
    expect(await resolverFor()({ bearer: token })).toBe('refused');
  });

  it('says why it refused (for the operator’s log), never with the token', async () => {
    const reasons: unknown[] = [];
    const resolve = resolverFor({ onRefused: (reason) => reasons.push(reason) });
    await resolve({ bearer: await idp.issue({ scope: 'read', resource: 'https://another-api.test' }) });
    await resolve({ bearer: await idp.issue({ scope: 'read', claims: { exp: Math.floor(Date.now() / 1000) - 3600 } }) });
    await resolve({ bearer: await idp.issue({ scope: 'read', alg: 'HS256', hsSecret: 'a shared secret of thirty-two bytes!' }) });

    expect(reasons).toEqual([
      { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' },
      { code: 'ERR_JWT_EXPIRED', claim: 'exp' },
      { code: 'ERR_JOSE_ALG_NOT_ALLOWED', claim: undefined },
    ]);
  });

  it('does not accept a token of another issuer (null: not this resolver’s credential)', async () => {
    const other = await startOidcProvider();
    try {
      const token = await other.issue({ scope: 'read write payouts' });
      expect(await resolverFor()({ bearer: token })).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('refuses alg none and an HS256 token the provider signed with a shared secret', async () => {
    const { exp } = decodeJwt(await idp.issue({ scope: 'read' }));
    const unsigned = new UnsecuredJWT({ scope: 'read payouts', sub: OIDC_CLIENT.id, exp }).setIssuer(idp.issuer).setAudience(PAYGRAPH_AUDIENCE).encode();
    const hs256 = await idp.issue({ scope: 'read payouts', alg: 'HS256', hsSecret: 'a shared secret of thirty-two bytes!' });
    expect(decodeProtectedHeader(hs256).alg).toBe('HS256');
    const resolve = resolverFor();

    expect(await resolve({ bearer: unsigned })).toBe('refused');
    expect(await resolve({ bearer: hs256 })).toBe('refused');
  });

  it('refuses an algorithm the configuration leaves out', async () => {
    const token = await idp.issue({ scope: 'read', alg: 'ES256' });
    expect(await resolverFor({ algorithms: ['RS256'] })({ bearer: token })).toBe('refused');
  });

  it('fetches discovery and the key set once, however many tokens it checks', async () => {
    const resolve = resolverFor();
    const before = idp.requests.length;
    for (const scope of ['read', 'write', 'cards']) expect(await resolve({ bearer: await idp.issue({ scope }) })).toMatchObject({ kind: 'oidc' });

    const fetched = idp.requests.slice(before).filter((path) => !path.startsWith('/token'));
    expect(fetched).toEqual(['/.well-known/openid-configuration', '/jwks']);
  });

  it('throws (not refused) while the issuer cannot be reached, and recovers when it can', async () => {
    const down = await startOidcProvider();
    const token = await down.issue({ scope: 'read' });
    const { port, keys } = down;
    await down.close();
    const resolve = createOidcResolver(optionsFor(down.issuer));

    await expect(resolve({ bearer: token })).rejects.toBeInstanceOf(CredentialsUnavailableError);
    const up = await startOidcProvider({ port, keys });
    try {
      expect(await resolve({ bearer: token })).toMatchObject({ kind: 'oidc' });
    } finally {
      await up.close();
    }
  });

  it('a key set endpoint that fails is the issuer being unavailable, not the token being bad', async () => {
    // Discovery answers; its jwks_uri answers 500.
    const broken = createServer((req, res) => {
      if (req.url !== '/.well-known/openid-configuration') return void res.writeHead(500).end();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ issuer: brokenIssuer, jwks_uri: `${brokenIssuer}/jwks` }));
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const brokenIssuer = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
    try {
      const token = await idp.issue({ scope: 'read', claims: { iss: brokenIssuer } });
      await expect(createOidcResolver(optionsFor(brokenIssuer))({ bearer: token })).rejects.toBeInstanceOf(CredentialsUnavailableError);
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });

  it('follows key rotation: a token signed by a new key is accepted once the key set is refetched', async () => {
    const rotating = await startOidcProvider();
    const resolve = createOidcResolver(optionsFor(rotating.issuer, { jwksCooldownMs: 0 }));
    expect(await resolve({ bearer: await rotating.issue({ scope: 'read' }) })).toMatchObject({ kind: 'oidc' });
    const { port, keys } = rotating;
    await rotating.close();

    // The provider restarts with a new signing key first; the old ones stay published.
    const rotated = await startOidcProvider({ port, keys: [await signingKey('RS256', 'rsa-2'), ...keys] });
    try {
      const token = await rotated.issue({ scope: 'write' });
      expect(decodeProtectedHeader(token).kid).toBe('rsa-2');

      expect(await resolve({ bearer: token })).toMatchObject({ scopes: new Set(['write']) });
      expect(rotated.requests.filter((path) => path === '/jwks')).toHaveLength(1);
    } finally {
      await rotated.close();
    }
  });
});
