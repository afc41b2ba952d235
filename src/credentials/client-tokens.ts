import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { ClientIdentity } from '../context';
import { decodeGlobalId } from '../lib/global-id';
import type { CredentialResolver } from './resolver';

/**
 * Client tokens (issue 24, docs/security.md "Client tokens"): a short-lived JWT that unlocks one
 * object (its subject) for a browser page. HS256 with keys from CLIENT_TOKEN_KEYS, each with a key
 * id: the first signs, all verify, so a key is rotated by adding a new one first and removing the
 * old one once its tokens have expired (at most MAX_TTL_SECONDS later).
 */

export interface ClientTokenKey {
  kid: string;
  /** At least 32 bytes (HS256 wants a key as long as its hash). */
  secret: Uint8Array;
}

export const CLIENT_TOKEN_ISSUER = 'paygraph';
export const CLIENT_TOKEN_AUDIENCE = 'paygraph-client';
/** Explicit JWT type (RFC 8725 §3.11): an OIDC access token can never pass for a client token. */
export const CLIENT_TOKEN_TYPE = 'paygraph-client+jwt';
export const DEFAULT_TTL_SECONDS = 900;
export const MAX_TTL_SECONDS = 86_400;
export const MIN_TTL_SECONDS = 10;
/** Clocks of instances differ a little; a token is not refused for a few seconds of skew. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface IssueInput {
  /** Client id of the server key that asked for the token (audit, and the claim `cid`). */
  clientId: string;
  subjectId: string;
  ttlSeconds: number;
  /** The only browser origin the token is accepted from, when the issuer bound it to one. */
  origin?: string;
}

export interface IssuedClientToken {
  token: string;
  expiresAt: Date;
  kid: string;
  jti: string;
}

export interface ClientTokenIssuer {
  issue(input: IssueInput): Promise<IssuedClientToken>;
}

export interface ClientTokens {
  issuer: ClientTokenIssuer;
  resolver: CredentialResolver;
}

/** A random key for this process only (sandbox without CLIENT_TOKEN_KEYS): tokens die with it. */
export function generatedClientTokenKey(): ClientTokenKey {
  return { kid: `generated-${randomUUID().slice(0, 8)}`, secret: randomBytes(32) };
}

export function createClientTokens(keys: readonly ClientTokenKey[]): ClientTokens {
  const [signing] = keys;
  if (!signing) throw new Error('createClientTokens needs at least one key');
  return {
    issuer: {
      async issue({ clientId, subjectId, ttlSeconds, origin }) {
        const jti = randomUUID();
        const now = Math.floor(Date.now() / 1000);
        const exp = now + ttlSeconds;
        const token = await new SignJWT({ cid: clientId, ...(origin ? { origin } : {}) })
          .setProtectedHeader({ alg: 'HS256', kid: signing.kid, typ: CLIENT_TOKEN_TYPE })
          .setIssuer(CLIENT_TOKEN_ISSUER)
          .setAudience(CLIENT_TOKEN_AUDIENCE)
          .setSubject(subjectId)
          .setJti(jti)
          .setIssuedAt(now)
          .setNotBefore(now)
          .setExpirationTime(exp)
          .sign(signing.secret);
        return { token, expiresAt: new Date(exp * 1000), kid: signing.kid, jti };
      },
    },
    resolver: clientTokenResolver(keys),
  };
}

/**
 * Recognises a bearer as a client token when it is a JWT that says it is one (our `typ`, issuer
 * or audience), so another JWT (an OIDC token) goes on to the next resolver; then refuses it
 * unless jose verifies it completely: HS256 only (so `alg: none` and asymmetric tricks fail), a
 * known kid, our issuer and audience, within exp/nbf, and from its bound origin if it has one.
 */
function clientTokenResolver(keys: readonly ClientTokenKey[]): CredentialResolver {
  const byKid = new Map(keys.map((key) => [key.kid, key.secret]));
  return async ({ bearer, origin }) => {
    if (!claimsToBeClientToken(bearer)) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(
        bearer,
        (header) => {
          const secret = header.kid === undefined ? undefined : byKid.get(header.kid);
          if (!secret) throw new Error('unknown client-token key id');
          return secret;
        },
        {
          algorithms: ['HS256'],
          issuer: CLIENT_TOKEN_ISSUER,
          audience: CLIENT_TOKEN_AUDIENCE,
          typ: CLIENT_TOKEN_TYPE,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp', 'nbf', 'iat', 'sub', 'jti'],
        },
      ));
    } catch {
      return 'refused';
    }
    return identityOf(payload, origin) ?? 'refused';
  };
}

function identityOf(payload: JWTPayload, origin: string | undefined): ClientIdentity | null {
  const { sub, cid, exp, jti } = payload;
  if (typeof sub !== 'string' || !decodeGlobalId(sub) || typeof cid !== 'string' || typeof exp !== 'number' || typeof jti !== 'string') return null;
  const bound = typeof payload.origin === 'string' ? payload.origin : undefined;
  if (bound !== undefined && origin !== bound) return null;
  return {
    // Its own client id (not the issuer's): a page's token gets its own rate and socket budgets.
    clientId: `${cid}:client-token:${jti}`,
    kind: 'client-token',
    // `read` lets node/nodes and *Updated resolve; src/credentials/admission.ts narrows it to the subject.
    scopes: new Set(['read']),
    subjectId: sub,
    expiresAt: exp * 1000,
    ...(bound ? { origins: [bound] } : {}),
  };
}

function claimsToBeClientToken(bearer: string): boolean {
  if (bearer.split('.').length !== 3) return false;
  try {
    const header = decodeProtectedHeader(bearer);
    if (header.typ === CLIENT_TOKEN_TYPE) return true;
    const { iss, aud } = decodeJwt(bearer);
    return iss === CLIENT_TOKEN_ISSUER || aud === CLIENT_TOKEN_AUDIENCE || (Array.isArray(aud) && aud.includes(CLIENT_TOKEN_AUDIENCE));
  } catch {
    return false;
  }
}
