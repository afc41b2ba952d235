import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { ClientIdentity } from '../context';
import type { OidcAlgorithm } from '../config/oidc';
import type { CredentialResolver, PresentedCredential } from './resolver';
import { CredentialsUnavailableError } from './credentials-unavailable';

export interface OidcOptions {
  /** OIDC_ISSUER: exactly the `iss` of its tokens and of its discovery document. */
  issuer: string;
  /** OIDC_AUDIENCE: Paygraph's resource identifier; a token for another API is refused. */
  audience: string;
  /** OIDC_SCOPES_CLAIM: a space-separated string (the standard `scope`) or an array of names. */
  scopesClaim: string;
  /**
   * OIDC_SCOPE_MAP: provider scope name → Paygraph scope. Absent: the claim's names as they are.
   * Either way only Paygraph's scopes (`grantable`) survive.
   */
  scopeMap?: ReadonlyMap<string, string>;
  grantable: readonly string[];
  clockSkewSeconds: number;
  algorithms: readonly OidcAlgorithm[];
  /** Least time between two JWKS fetches (jose's cooldown, 30 s by default); tests set 0. */
  jwksCooldownMs?: number;
  /** The time tokens are checked against (tests move it); the system clock by default. */
  now?: () => Date;
  /** Bound on the discovery and JWKS requests. */
  timeoutMs?: number;
  /** Told why a token of this issuer was refused (jose's error code and claim; never the token). */
  onRefused?: (reason: { code: string; claim?: string }) => void;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Staff sign-in through the company's OpenID provider (docs/security.md, "OpenID Connect sign-in").
 * `null` for a bearer that is not a JWT or whose `iss` is another issuer (server keys and client
 * tokens are asked instead); `'refused'` for a token of this issuer that fails verification;
 * otherwise `oidc:<sub>` with the token's Paygraph scopes.
 */
export function createOidcResolver(options: OidcOptions): CredentialResolver {
  const keys = lazyRemoteKeys(options);
  return async ({ bearer }: PresentedCredential) => {
    if (!claimsToBeFrom(bearer, options.issuer)) return null;
    const keySet = await keys().catch(unavailable);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(bearer, keySet, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [...options.algorithms],
        clockTolerance: options.clockSkewSeconds,
        currentDate: options.now?.(),
        // A token without an expiry would stay valid forever; without `sub` it names nobody.
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      // An unreachable issuer is not the caller's fault; it must not look like "your token is bad".
      if (!isAboutTheToken(error)) return unavailable(error);
      options.onRefused?.({ code: error.code, claim: claimOf(error) });
      return 'refused';
    }
    return identityOf(payload, options);
  };
}

/**
 * Whether jose refused the token itself. Not so when the key set could not be fetched or read: a
 * network error, a timeout, a non-200 answer or a body that is no key set (jose's generic
 * JOSEError is thrown only there).
 */
function isAboutTheToken(error: unknown): error is errors.JOSEError {
  if (!(error instanceof errors.JOSEError)) return false;
  return !(error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error.code === 'ERR_JOSE_GENERIC');
}

/** Discovery or the key set could not be fetched (network, timeout, a bad document). */
function unavailable(error: unknown): never {
  throw new CredentialsUnavailableError('OIDC issuer unreachable', { cause: error });
}

/** The claim a claim check failed on (jose's JWTClaimValidationFailed and JWTExpired carry it). */
function claimOf(error: errors.JOSEError): string | undefined {
  return error instanceof errors.JWTClaimValidationFailed || error instanceof errors.JWTExpired ? error.claim : undefined;
}

function identityOf(payload: JWTPayload, options: OidcOptions): ClientIdentity {
  return {
    clientId: `oidc:${payload.sub}`,
    kind: 'oidc',
    scopes: paygraphScopes(payload[options.scopesClaim], options),
    // `exp` is a required claim (checked above).
    expiresAt: payload.exp! * 1000,
  };
}

/** The claim's names, through the map when one is configured, keeping Paygraph's scopes only. */
export function paygraphScopes(claim: unknown, options: Pick<OidcOptions, 'scopeMap' | 'grantable'>): Set<string> {
  const names = typeof claim === 'string' ? claim.split(' ') : Array.isArray(claim) ? claim.filter((name): name is string => typeof name === 'string') : [];
  const mapped = options.scopeMap ? names.map((name) => options.scopeMap!.get(name)) : names;
  return new Set(mapped.filter((name): name is string => name !== undefined && options.grantable.includes(name)));
}

/** Whether the bearer is a JWT whose (unverified) header parses and whose `iss` is this issuer. */
function claimsToBeFrom(bearer: string, issuer: string): boolean {
  if (bearer.split('.').length !== 3) return false;
  try {
    decodeProtectedHeader(bearer);
    return decodeJwt(bearer).iss === issuer;
  } catch {
    return false;
  }
}

/**
 * The issuer's key set, found through its discovery document on first use. jose's remote set
 * caches the keys and refetches them when a token names an unknown `kid` (key rotation). A failed
 * discovery is not cached: the next token tries again.
 */
function lazyRemoteKeys(options: OidcOptions): () => Promise<ReturnType<typeof createRemoteJWKSet>> {
  let keySet: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  return () => {
    keySet ??= discoverJwksUri(options).then(
      (jwksUri) => createRemoteJWKSet(jwksUri, { cooldownDuration: options.jwksCooldownMs, timeoutDuration: options.timeoutMs ?? DEFAULT_TIMEOUT_MS }),
      (error: unknown) => {
        keySet = undefined;
        throw error;
      },
    );
    return keySet;
  };
}

async function discoverJwksUri(options: OidcOptions): Promise<URL> {
  const url = `${options.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS), redirect: 'error' });
  if (!response.ok) throw new Error(`OIDC discovery failed: HTTP ${response.status}`);
  const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // OpenID Connect Discovery §4.3: the document must name the very issuer it was fetched for.
  if (document.issuer !== options.issuer) throw new Error('OIDC discovery: the document names another issuer');
  if (typeof document.jwks_uri !== 'string') throw new Error('OIDC discovery: no jwks_uri');
  return new URL(document.jwks_uri);
}
