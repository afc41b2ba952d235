import type { UpstreamPolicy } from '../../config/providers';
import type { PagstarEndpoint } from './settings';
import { createProviderHttp } from '../http/provider-http';
import { TokenManager, tokenCacheKey, type IssuedToken } from '../http/token-manager';
import type { SharedTokenCache } from '../http/shared-token-cache';
import { PAGSTAR_ASSUMPTIONS as A } from './assumptions';
import { bind, type ProviderPorts } from '../../domain/ports';
import { PIX_CHARGES } from '../../domain/pix-charges/port';
import type { ProviderWebhookHandler } from '../../events/webhook-relay';
import { mapPagstarError, mapPagstarLoginError } from './errors';
import { pagstarLoginFetcher } from './token-client';
import { PagstarPixCharges } from './pix-charges/adapter';
import { pagstarWebhookHandler } from './pix-charges/webhook';
import { providerRetry } from '../http/oauth-provider-client';

export interface PagstarDatasource extends ProviderPorts {
  /** The deposit adapter itself: the poller needs its cheap HEAD check and expiry hints. */
  charges: PagstarPixCharges;
  /** Deposit notifications, confirmed by the Pix charges family (GET details). */
  webhookHandler: ProviderWebhookHandler;
  tokens: TokenManager;
}

export interface PagstarDatasourceOptions {
  /** Paygraph's Pagstar notification URL, sent as each deposit's `callback` (ASM-P08). */
  callbackUrl?: () => string | undefined;
  fetch?: typeof fetch;
  /** Share the login token with the other instances (Redis); a static token needs no sharing. */
  sharedTokens?: SharedTokenCache;
}

// A static partner token does not expire; TokenManager wants a finite date.
const STATIC_TOKEN_EXPIRY = Number.MAX_SAFE_INTEGER;

/**
 * Wires Pagstar's token source and HTTP client, once per process. Both kinds of token go
 * through one TokenManager (ASM-P02): a login token is re-fetched 5 minutes before `expires_in`
 * and once on a 401; a static token is simply served from it.
 */
export function createPagstarDatasource(endpoint: PagstarEndpoint, policy: UpstreamPolicy, options: PagstarDatasourceOptions = {}): PagstarDatasource {
  const retry = providerRetry(policy);
  // ASM-P03: User-Agent and Accept on every call (login included); ky adds the JSON content type.
  const headers = { accept: 'application/json', 'user-agent': endpoint.userAgent };
  const common = { provider: 'PAGSTAR' as const, prefixUrl: endpoint.baseUrl, timeoutMs: policy.timeoutMs, deadlineMs: policy.deadlineMs, retry, headers, fetch: options.fetch };

  let fetchToken: () => Promise<IssuedToken>;
  let clientId: string;
  let credential: string | undefined;
  if (endpoint.auth.kind === 'static') {
    const token = endpoint.auth.token;
    fetchToken = () => Promise.resolve({ accessToken: token, expiresAt: STATIC_TOKEN_EXPIRY });
    clientId = `tenant:${endpoint.tenantId}`;
  } else {
    const loginHttp = createProviderHttp({ ...common, mapError: mapPagstarLoginError });
    fetchToken = pagstarLoginFetcher(loginHttp, endpoint.auth.email, endpoint.auth.accessKey);
    clientId = endpoint.auth.email;
    credential = endpoint.auth.accessKey;
  }
  const key = tokenCacheKey('PAGSTAR', endpoint.environment, clientId);
  const tokens = new TokenManager({
    key,
    fetchToken,
    refreshMarginMs: A.tokenRefreshMarginMs,
    shared: credential !== undefined ? options.sharedTokens?.slot(key, credential) : undefined,
  });
  const http = createProviderHttp({ ...common, tokens, mapError: mapPagstarError });
  const charges = new PagstarPixCharges(http, { tenantId: endpoint.tenantId, callbackUrl: options.callbackUrl });
  // Pagstar binds Pix charges only: no charge list and no refunds in its v2 partner API (NOT_SUPPORTED).
  return { provider: 'PAGSTAR', bindings: [bind(PIX_CHARGES, charges)], charges, webhookHandler: pagstarWebhookHandler(charges), tokens };
}
