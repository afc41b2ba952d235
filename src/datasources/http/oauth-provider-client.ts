import type { Dispatcher } from 'undici';
import type { ProviderEndpoint, UpstreamPolicy } from '../../config/providers';
import type { ProviderCode } from '../../providers';
import { createProviderHttp, type ProviderHttp, type ProviderHttpOptions } from './provider-http';
import type { RetrySettings } from './retry-policy';
import type { SharedTokenCache } from './shared-token-cache';
import { TokenManager, tokenCacheKey, type IssuedToken } from './token-manager';

/** Every provider's retry settings: its policy's limit, with the same backoff and Retry-After caps. */
export function providerRetry(policy: UpstreamPolicy): RetrySettings {
  return { limit: policy.retryLimit, backoffBaseMs: 100, backoffCapMs: 2_000, retryAfterCapMs: 5_000 };
}

export interface OAuthProviderClientOptions {
  provider: ProviderCode;
  endpoint: ProviderEndpoint;
  policy: UpstreamPolicy;
  /** The provider's token request, made through `tokenHttp` (prefixed with the token URL's origin). */
  fetchToken(tokenHttp: ProviderHttp, tokenUrl: URL): () => Promise<IssuedToken>;
  refreshMarginMs: number;
  mapTokenError: ProviderHttpOptions['mapError'];
  mapError: ProviderHttpOptions['mapError'];
  /** Share the access token with the other instances (Redis); absent → one token per process. */
  sharedTokens?: SharedTokenCache;
  /** Tests: a fetch of their own. */
  fetch?: typeof fetch;
  /** The undici dispatcher of both clients (e.g. one presenting a client certificate). */
  dispatcher?: Dispatcher;
}

/**
 * The token manager and API client of a provider that authenticates with OAuth client credentials
 * (Astra, the API Pix), built once per process. The token call and the API calls go through the same
 * ky client and undici transport; the token is cached per (provider, environment, client) and, with
 * `sharedTokens`, shared by every instance (encrypted with a key derived from the client secret).
 */
export function createOAuthProviderClient(options: OAuthProviderClientOptions): { http: ProviderHttp; tokens: TokenManager } {
  const { provider, endpoint, policy } = options;
  const common = { provider, timeoutMs: policy.timeoutMs, deadlineMs: policy.deadlineMs, retry: providerRetry(policy), fetch: options.fetch, dispatcher: options.dispatcher };
  const tokenUrl = new URL(endpoint.tokenUrl);
  const tokenHttp = createProviderHttp({ ...common, prefixUrl: tokenUrl.origin, mapError: options.mapTokenError });
  const key = tokenCacheKey(provider, endpoint.environment, endpoint.clientId);
  const tokens = new TokenManager({
    key,
    fetchToken: options.fetchToken(tokenHttp, tokenUrl),
    refreshMarginMs: options.refreshMarginMs,
    shared: options.sharedTokens?.slot(key, endpoint.clientSecret),
  });
  const http = createProviderHttp({ ...common, prefixUrl: endpoint.baseUrl, headers: { accept: 'application/json' }, tokens, mapError: options.mapError });
  return { http, tokens };
}
