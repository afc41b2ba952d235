import type { UpstreamPolicy } from '../../config/providers';
import type { ProviderHttp } from '../http/provider-http';
import type { TokenManager } from '../http/token-manager';
import { createOAuthProviderClient } from '../http/oauth-provider-client';
import type { SharedTokenCache } from '../http/shared-token-cache';
import { clientTlsAgent } from '../http/client-tls';
import { PIX_API_ASSUMPTIONS as A } from './assumptions';
import { mapPixApiError, mapPixApiTokenError } from './errors';
import type { PixApiEndpoint } from './settings';
import { pixApiTokenFetcher } from './token-client';

export interface PixApiClientOptions {
  /** Tests: a fetch of their own (then `endpoint.tls` is not applied: the test's fetch decides). */
  fetch?: typeof fetch;
  /** Share the access token with the other instances (Redis); absent → one token per process. */
  sharedTokens?: SharedTokenCache;
}

/** What every API Pix family adapter calls through: one authenticated client and its token cache. */
export interface PixApiClient {
  http: ProviderHttp;
  tokens: TokenManager;
}

/**
 * The token manager and the HTTP client of one PSP, built once per process. Both the token call
 * and the API calls go through ky and the undici transport (provider-http.ts); with a client
 * certificate both use one Agent that presents it (mTLS, client-tls.ts). The token is cached like
 * Astra's and, with `sharedTokens`, shared by every instance (encrypted with a key derived from
 * the client secret).
 */
export function createPixApiClient(endpoint: PixApiEndpoint, policy: UpstreamPolicy, options: PixApiClientOptions = {}): PixApiClient {
  return createOAuthProviderClient({
    provider: 'PIX_API',
    endpoint,
    policy,
    fetchToken: (tokenHttp, tokenUrl) => pixApiTokenFetcher(tokenHttp, `${tokenUrl.pathname.replace(/^\//, '')}${tokenUrl.search}`, endpoint),
    refreshMarginMs: A.tokenRefreshMarginMs,
    mapTokenError: mapPixApiTokenError,
    mapError: mapPixApiError,
    sharedTokens: options.sharedTokens,
    fetch: options.fetch,
    dispatcher: endpoint.tls && !options.fetch ? clientTlsAgent(endpoint.tls) : undefined,
  });
}
