import { timingSafeEqual } from 'node:crypto';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { SimRouter } from '../shared/sim-router';
import { oauthError } from './errors';
import type { TokenStore } from './tokens';
import type { TokenResponseWire } from './wire';

export const TOKEN_PATH = '/oauth/v1/token';
export const TOKEN_ROUTE = `POST ${TOKEN_PATH}`;

export interface OauthDeps {
  tokens: TokenStore;
  clientId: string;
  clientSecret: string;
}

/** ASM-A02: a `scope`, when sent, may only name `email` and/or `profile`. */
const ALLOWED_SCOPES = new Set(['email', 'profile']);
const DEFAULT_SCOPE = 'email profile';

export function registerOauthRoutes(router: SimRouter, deps: OauthDeps): void {
  router.add('POST', TOKEN_PATH, (req) => issueToken(req, deps));
}

/** ASM-A02..A04: client credentials from the form body only (a Basic header is ignored). */
function issueToken(req: SimRequest, deps: OauthDeps): SimResponse {
  const contentType = String(req.headers['content-type'] ?? '');
  if (!contentType.includes('application/x-www-form-urlencoded')) {
    return oauthError(401, 'invalid_client', 'Invalid credentials format.');
  }
  const form = (req.body ?? {}) as Record<string, string>;
  if (form.grant_type !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', 'GrantType not supported.');
  }
  if (!form.client_id || !form.client_secret) {
    return oauthError(401, 'invalid_client', 'Invalid credentials format.');
  }
  if (!sameText(form.client_id, deps.clientId) || !sameText(form.client_secret, deps.clientSecret)) {
    return oauthError(401, 'invalid_client', 'Invalid client credentials.');
  }
  const scope = grantedScope(form.scope);
  if (scope === undefined) return oauthError(400, 'invalid_scope', 'Client does not have the requested scope.');
  const body: TokenResponseWire = {
    access_token: deps.tokens.issue(),
    expires_in: deps.tokens.ttlSeconds,
    refresh_expires_in: 0,
    token_type: 'Bearer',
    'not-before-policy': 0,
    scope,
  };
  return { status: 200, body, headers: { 'cache-control': 'no-store', pragma: 'no-cache' } };
}

/** OAuth scopes are an unordered set (RFC 6749 §3.3); undefined means "not allowed". */
function grantedScope(requested: string | undefined): string | undefined {
  if (requested === undefined) return DEFAULT_SCOPE;
  const scopes = requested.split(' ');
  const valid = scopes.length > 0 && new Set(scopes).size === scopes.length && scopes.every((s) => ALLOWED_SCOPES.has(s));
  return valid ? requested : undefined;
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
