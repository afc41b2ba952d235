import { timingSafeEqual } from 'node:crypto';
import type { SimRouter } from '../shared/sim-router';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import { problem, unauthorized } from './problems';
import type { TokenStore } from './tokens';

/** ASM-X30: the token endpoint sits at `/oauth/token` on the same host as the API (the spec's example `tokenUrl`). */
export const TOKEN_PATH = '/oauth/token';
export const TOKEN_ROUTE = `POST ${TOKEN_PATH}`;

export interface OauthDeps {
  tokens: TokenStore;
  clientId: string;
  clientSecret: string;
  clientAuth: 'basic' | 'body';
  grantedScopes: readonly string[];
}

export function registerOauthRoutes(router: SimRouter, deps: OauthDeps): void {
  router.add('POST', TOKEN_PATH, (req) => issueToken(req, deps));
}

/**
 * RFC 6749 §4.4 client credentials. ASM-X32: the client authenticates only the configured way
 * (HTTP Basic or `client_id`/`client_secret` in the form); a `scope` asks for a subset, and the
 * token gets the requested scopes that were granted (all granted ones when `scope` is absent).
 * ASM-X33: errors are RFC 7807 problems that also carry RFC 6749's `error` code (401 bad client,
 * 400 bad request, grant or no grantable scope).
 */
function issueToken(req: SimRequest, deps: OauthDeps): SimResponse {
  const contentType = String(req.headers['content-type'] ?? '');
  if (!contentType.includes('application/x-www-form-urlencoded')) {
    return oauthProblem(400, 'invalid_request', 'O corpo deve ser application/x-www-form-urlencoded.');
  }
  const form = (req.body ?? {}) as Record<string, string>;
  if (form.grant_type !== 'client_credentials') {
    return oauthProblem(400, 'unsupported_grant_type', 'Somente grant_type=client_credentials é aceito.');
  }
  const client = deps.clientAuth === 'basic' ? basicCredentials(req.headers.authorization) : bodyCredentials(form);
  if (!client || !sameText(client.id, deps.clientId) || !sameText(client.secret, deps.clientSecret)) {
    return oauthProblem(401, 'invalid_client', 'Credenciais do cliente inválidas.');
  }
  const scopes = grantScopes(form.scope, deps.grantedScopes);
  if (scopes.length === 0) return oauthProblem(400, 'invalid_scope', 'Nenhum dos escopos pedidos foi concedido a este cliente.');
  return {
    status: 200,
    body: { access_token: deps.tokens.issue(scopes), token_type: 'Bearer', expires_in: deps.tokens.ttlSeconds, scope: scopes.join(' ') },
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
  };
}

function grantScopes(requested: string | undefined, granted: readonly string[]): string[] {
  if (requested === undefined || requested.trim() === '') return [...granted];
  const asked = new Set(requested.split(' ').filter((scope) => scope.length > 0));
  return granted.filter((scope) => asked.has(scope));
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
  return { id: safeDecode(decoded.slice(0, colon)), secret: safeDecode(decoded.slice(colon + 1)) };
}

function bodyCredentials(form: Record<string, string>): { id: string; secret: string } | undefined {
  return form.client_id && form.client_secret ? { id: form.client_id, secret: form.client_secret } : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function oauthProblem(status: 400 | 401, error: string, detail: string): SimResponse {
  const base = status === 401 ? unauthorized(detail, 'Basic realm="pix-api"') : problem('RequisicaoInvalida', 400, detail);
  return { ...base, body: { ...(base.body as object), error }, headers: { ...base.headers, 'cache-control': 'no-store' } };
}
