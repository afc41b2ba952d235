import type { UpstreamPolicy } from '../../config/providers';
import { bind, type ProviderPorts } from '../../domain/ports';
import { PIX_CHARGES, PIX_CHARGE_LIST } from '../../domain/pix-charges/port';
import { PIX_CHARGE_CANCEL } from '../../domain/pix-charges/cancel-pix-charge';
import { PIX_REFUNDS } from '../../domain/refunds/port';
import { WEBHOOKS } from '../../domain/webhooks/port';
import { DUE_DATE_PIX_CHARGES } from '../../domain/due-date-charges/port';
import { PixApiDueDatePixCharges } from './due-date-charges/adapter';
import { withDueDateChargePayments } from './due-date-charges/callback';
import type { ProviderWebhookHandler } from '../../events/webhook-relay';
import { systemClock, type Clock } from '../../lib/clock';
import type { TokenManager } from '../http/token-manager';
import { createPixApiClient, type PixApiClientOptions } from './http';
import { PixApiPixCharges } from './pix-charges/adapter';
import { pixApiCallbackHandler } from './pix-charges/callback';
import { PixApiPixRefunds } from './refunds/adapter';
import type { PixApiEndpoint } from './settings';
import { PixApiWebhooks } from './webhooks/adapter';

export interface PixApiDatasource extends ProviderPorts {
  /** The callback (`POST {webhookUrl}/pix`): each Pix read back from the PSP before publishing. */
  webhookHandler: ProviderWebhookHandler;
  charges: PixApiPixCharges;
  tokens: TokenManager;
}

export interface PixApiDatasourceOptions extends PixApiClientOptions {
  /** "Now" for expiry and the lists' default windows (the sandbox clock in sandbox mode). */
  clock?: Clock;
}

/** Wires one PSP's API Pix: its client (http.ts) and one `bind` line per family it serves. */
export function createPixApiDatasource(endpoint: PixApiEndpoint, policy: UpstreamPolicy, options: PixApiDatasourceOptions = {}): PixApiDatasource {
  const { http, tokens } = createPixApiClient(endpoint, policy, options);
  const clock = options.clock ?? systemClock;
  const charges = new PixApiPixCharges(http, { pspClientId: endpoint.clientId, pixKey: endpoint.pixKey, clock });
  const bindings = [
    bind(PIX_CHARGES, charges),
    bind(PIX_CHARGE_LIST, charges),
    bind(PIX_CHARGE_CANCEL, charges),
    bind(PIX_REFUNDS, new PixApiPixRefunds(http, endpoint.clientId)),
    bind(WEBHOOKS, new PixApiWebhooks(http, endpoint.pixKey)),
    bind(DUE_DATE_PIX_CHARGES, new PixApiDueDatePixCharges(http, { pspClientId: endpoint.clientId, pixKey: endpoint.pixKey })),
  ];
  return { provider: 'PIX_API', bindings, webhookHandler: withDueDateChargePayments(pixApiCallbackHandler(http, clock), http, clock), charges, tokens };
}
