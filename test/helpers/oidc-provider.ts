import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (the certified `oidc-provider`) in this process, on loopback: it issues
 * JWT access tokens (RFC 9068) for a resource indicator through the client-credentials grant, so
 * tests verify what a company's sign-in really hands out, not tokens they assemble themselves.
 */
export const OIDC_CLIENT = { id: 'staff-dashboard', secret: 'staff-dashboard-secret-0123456789' };
export const PAYGRAPH_AUDIENCE = 'https://paygraph.test/graphql';
const SCOPES = ['read', 'write', 'payouts', 'cards', 'webhooks', 'paygraph:read', 'reports'];

/** How the next token is issued; tests set it before `issue()`. */
export interface IssueOptions {
  scope?: string;
  resource?: string;
  ttlSeconds?: number;
  /** RS256 / ES256 by the provider's keys, or HS256 with `hsSecret` (a symmetric token). */
  alg?: 'RS256' | 'ES256' | 'HS256';
  hsSecret?: string;
  /** Claims the provider adds to (or overrides in) the token, e.g. a future `nbf`. */
  claims?: Record<string, unknown>;
}

export interface RunningOidcProvider {
  issuer: string;
  port: number;
  /** Private JWKs the provider signs with; the first of each type signs. */
  keys: JWK[];
  /** Paths of every request the provider received (discovery, JWKS, token), in order. */
  requests: string[];
  issue(options?: IssueOptions): Promise<string>;
  close(): Promise<void>;
}

/** A signing key with its key id, as the provider's `jwks` configuration wants it. */
export async function signingKey(alg: 'RS256' | 'ES256', kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
}

/** Starts the provider on `port` (0: a free one) with these private keys. */
export async function startOidcProvider(options: { port?: number; keys?: JWK[]; browserClient?: BrowserClient } = {}): Promise<RunningOidcProvider> {
  const keys = options.keys ?? [await signingKey('RS256', 'rsa-1'), await signingKey('ES256', 'ec-1')];
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  let next: IssueOptions = {};
  const provider = new Provider(issuer, {
    clients: [
      { client_id: OIDC_CLIENT.id, client_secret: OIDC_CLIENT.secret, grant_types: ['client_credentials'], redirect_uris: [], response_types: [], scope: SCOPES.join(' ') },
      ...(options.browserClient ? [browserClientMetadata(options.browserClient)] : []),
    ],
    scopes: ['openid', ...SCOPES],
    // Staff sign in through the provider's own (development) login and consent pages; any login works.
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    jwks: { keys },
    adapter: MemoryAdapter,
    ttl: {
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 300,
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 300,
      IdToken: 300,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    // The browser client may call the token endpoint from the origin of its redirect URI only.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    features: {
      devInteractions: { enabled: options.browserClient !== undefined },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => PAYGRAPH_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({
          scope: SCOPES.join(' '),
          audience: resource,
          accessTokenTTL: next.ttlSeconds ?? 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: next.alg === 'HS256' ? { alg: 'HS256', key: Buffer.from(next.hsSecret ?? '') } : { alg: next.alg ?? 'RS256' } },
        }),
      },
    },
    formats: {
      customizers: {
        jwt: (_ctx, _token, jwt) => {
          Object.assign(jwt.payload, next.claims);
        },
      },
    },
  });
  const requests: string[] = [];
  const callback = provider.callback();
  server.on('request', (req, res) => {
    requests.push(req.url ?? '');
    void callback(req, res);
  });
  return {
    issuer,
    port,
    keys,
    requests,
    async issue(issueOptions = {}) {
      next = issueOptions;
      try {
        return await requestToken(issuer, issueOptions);
      } finally {
        next = {};
      }
    },
    close: () => closeServer(server),
  };
}

/** A browser app (public client, authorization code + PKCE) signing staff in at its redirect URI. */
export interface BrowserClient {
  id: string;
  redirectUri: string;
}

function browserClientMetadata(client: BrowserClient) {
  return {
    client_id: client.id,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: [client.redirectUri],
    scope: ['openid', ...SCOPES].join(' '),
  };
}

/** The provider's storage for this test process (its own default says so at every start, loudly). */
class MemoryAdapter {
  private static readonly store = new Map<string, { payload: Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string } }>();
  constructor(private readonly model: string) {}
  private key(id: string) {
    return `${this.model}:${id}`;
  }
  upsert(id: string, payload: Record<string, unknown>) {
    MemoryAdapter.store.set(this.key(id), { payload });
    return Promise.resolve();
  }
  find(id: string) {
    return Promise.resolve(MemoryAdapter.store.get(this.key(id))?.payload);
  }
  findByUid(uid: string) {
    return Promise.resolve([...MemoryAdapter.store.values()].find((entry) => entry.payload.uid === uid)?.payload);
  }
  findByUserCode(userCode: string) {
    return Promise.resolve([...MemoryAdapter.store.values()].find((entry) => entry.payload.userCode === userCode)?.payload);
  }
  consume(id: string) {
    const entry = MemoryAdapter.store.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    return Promise.resolve();
  }
  destroy(id: string) {
    MemoryAdapter.store.delete(this.key(id));
    return Promise.resolve();
  }
  revokeByGrantId(grantId: string) {
    for (const [key, entry] of MemoryAdapter.store) if (entry.payload.grantId === grantId) MemoryAdapter.store.delete(key);
    return Promise.resolve();
  }
}

async function requestToken(issuer: string, options: IssueOptions): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', resource: options.resource ?? PAYGRAPH_AUDIENCE });
  if (options.scope) body.set('scope', options.scope);
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${OIDC_CLIENT.id}:${OIDC_CLIENT.secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const answer = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!answer.access_token) throw new Error(`token request failed: ${answer.error} ${answer.error_description}`);
  return answer.access_token;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
