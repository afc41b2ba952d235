import type { ProviderEndpoint, UpstreamPolicy } from '../../config';
import { createProviderHttp } from '../http/provider-http';
import { TokenManager, tokenCacheKey } from '../http/token-manager';
import type { SharedTokenCache } from '../http/shared-token-cache';
import { ASTRA_ASSUMPTIONS as A } from './assumptions';
import { AstraPixProvider } from './astra-pix';
import { mapAstraError } from './errors';
import { astraTokenFetcher, mapAstraTokenError } from './token-client';
import { AstraWebhooks } from './webhooks';

export { AstraPixProvider } from './astra-pix';

export interface AstraDatasource {
  pix: AstraPixProvider;
  webhooks: AstraWebhooks;
  tokens: TokenManager;
}

export interface AstraDatasourceOptions {
  fetch?: typeof fetch;
  /** Share the access token with the other instances (Redis); absent → one token per process. */
  sharedTokens?: SharedTokenCache;
}

/**
 * Wires Astra's token manager and HTTP client. Built once per process: the token cache and the
 * keep-alive connections are shared by every request (loaders on top are per request). With
 * `sharedTokens` the token is also shared by every instance, encrypted with a key derived from the
 * client secret (token-crypto.ts).
 */
export function createAstraDatasource(endpoint: ProviderEndpoint, policy: UpstreamPolicy, options: AstraDatasourceOptions = {}): AstraDatasource {
  const fetchImpl = options.fetch;
  const key = tokenCacheKey('ASTRA', endpoint.environment, endpoint.clientId);
  const retry = { limit: policy.retryLimit, backoffBaseMs: 100, backoffCapMs: 2_000, retryAfterCapMs: 5_000 };
  const tokenUrl = new URL(endpoint.tokenUrl);
  const tokenHttp = createProviderHttp({
    provider: 'ASTRA',
    prefixUrl: tokenUrl.origin,
    timeoutMs: policy.timeoutMs,
    deadlineMs: policy.deadlineMs,
    retry,
    mapError: mapAstraTokenError,
    fetch: fetchImpl,
  });
  const tokens = new TokenManager({
    key,
    fetchToken: astraTokenFetcher(tokenHttp, tokenUrl.pathname.replace(/^\//, ''), endpoint.clientId, endpoint.clientSecret),
    refreshMarginMs: A.tokenRefreshMarginMs,
    shared: options.sharedTokens?.slot(key, endpoint.clientSecret),
  });
  const http = createProviderHttp({
    provider: 'ASTRA',
    prefixUrl: endpoint.baseUrl,
    timeoutMs: policy.timeoutMs,
    deadlineMs: policy.deadlineMs,
    retry,
    headers: { accept: 'application/json' },
    tokens,
    mapError: mapAstraError,
    fetch: fetchImpl,
  });
  return { pix: new AstraPixProvider(http), webhooks: new AstraWebhooks(http), tokens };
}
