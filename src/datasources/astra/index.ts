import type { ProviderEndpoint, UpstreamPolicy } from '../../config/providers';
import { createOAuthProviderClient } from '../http/oauth-provider-client';
import type { TokenManager } from '../http/token-manager';
import type { SharedTokenCache } from '../http/shared-token-cache';
import { systemClock, type Clock } from '../../lib/clock';
import { bind, type ProviderPorts } from '../../domain/ports';
import { PIX_CHARGES, PIX_CHARGE_LIST } from '../../domain/pix-charges/port';
import { PIX_REFUNDS } from '../../domain/refunds/port';
import { WEBHOOKS } from '../../domain/webhooks/port';
import { STATIC_PIX_QR_CODES } from '../../domain/static-pix-qr-codes/port';
import { CARDS } from '../../domain/cards/port';
import { CARD_RECURRENCES } from '../../domain/card-recurrences/port';
import { PAYMENT_LINKS } from '../../domain/payment-links/port';
import { AUTOMATIC_PIX } from '../../domain/automatic-pix/port';
import { PIX_PAYOUTS } from '../../domain/pix-payouts/port';
import type { ProviderWebhookHandler } from '../../events/webhook-relay';
import { ASTRA_ASSUMPTIONS as A } from './assumptions';
import { mapAstraError } from './errors';
import { astraTokenFetcher, mapAstraTokenError } from './token-client';
import { astraWebhookHandler } from './webhook-deliveries';
import { AstraPixCharges } from './pix-charges/adapter';
import { AstraPixRefunds } from './refunds/adapter';
import { AstraWebhooks } from './webhooks/adapter';
import { AstraStaticPixQrCodes } from './static-pix-qr-codes/adapter';
import { AstraCards } from './cards/adapter';
import { AstraCardRecurrences } from './card-recurrences/adapter';
import { AstraPaymentLinks } from './payment-links/adapter';
import { AstraAutomaticPix } from './automatic-pix/adapter';
import { AstraPixPayouts } from './pix-payouts/adapter';

export interface AstraDatasource extends ProviderPorts {
  /** Confirms each delivery through the family that owns its product. */
  webhookHandler: ProviderWebhookHandler;
  webhooks: AstraWebhooks;
  tokens: TokenManager;
}

export interface AstraDatasourceOptions {
  fetch?: typeof fetch;
  /** Share the access token with the other instances (Redis); absent → one token per process. */
  sharedTokens?: SharedTokenCache;
  /** "Now" for the lists' default date windows (the sandbox clock in sandbox mode); the system clock when absent. */
  clock?: Clock;
}

/**
 * Wires Astra's token manager and HTTP client. Built once per process: the token cache and the
 * keep-alive connections are shared by every request (loaders on top are per request). With
 * `sharedTokens` the token is also shared by every instance, encrypted with a key derived from the
 * client secret (token-crypto.ts).
 */
export function createAstraDatasource(endpoint: ProviderEndpoint, policy: UpstreamPolicy, options: AstraDatasourceOptions = {}): AstraDatasource {
  const { http, tokens } = createOAuthProviderClient({
    provider: 'ASTRA',
    endpoint,
    policy,
    fetchToken: (tokenHttp, tokenUrl) => astraTokenFetcher(tokenHttp, tokenUrl.pathname.replace(/^\//, ''), endpoint.clientId, endpoint.clientSecret),
    refreshMarginMs: A.tokenRefreshMarginMs,
    mapTokenError: mapAstraTokenError,
    mapError: mapAstraError,
    sharedTokens: options.sharedTokens,
    fetch: options.fetch,
  });
  const clock = options.clock ?? systemClock;
  const charges = new AstraPixCharges(http, clock);
  const refunds = new AstraPixRefunds(http, clock);
  const webhooks = new AstraWebhooks(http);
  const cards = new AstraCards(http, clock);
  const recurrences = new AstraCardRecurrences(http);
  const paymentLinks = new AstraPaymentLinks(http);
  const payouts = new AstraPixPayouts(http);
  // What Astra can do: one line per capability (a family Astra lacks is simply absent).
  const bindings = [
    bind(PIX_CHARGES, charges),
    bind(PIX_CHARGE_LIST, charges),
    bind(PIX_REFUNDS, refunds),
    bind(WEBHOOKS, webhooks),
    bind(STATIC_PIX_QR_CODES, new AstraStaticPixQrCodes(http)),
    bind(CARDS, cards),
    bind(CARD_RECURRENCES, recurrences),
    bind(PAYMENT_LINKS, paymentLinks),
    bind(AUTOMATIC_PIX, new AstraAutomaticPix(http)),
    bind(PIX_PAYOUTS, payouts),
  ];
  return {
    provider: 'ASTRA',
    bindings,
    webhookHandler: astraWebhookHandler(bindings),
    webhooks,
    tokens,
  };
}
