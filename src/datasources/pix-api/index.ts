import type { UpstreamPolicy } from '../../config/providers';
import { bind, type ProviderPorts } from '../../domain/ports';
import { DUE_DATE_PIX_CHARGES } from '../../domain/due-date-charges/port';
import { PixApiDueDatePixCharges } from './due-date-charges/adapter';
import type { ProviderWebhookHandler } from '../../events/webhook-relay';
import type { TokenManager } from '../http/token-manager';
import { createPixApiClient, type PixApiClientOptions } from './http';
import type { PixApiEndpoint } from './settings';

export interface PixApiDatasource extends ProviderPorts {
  /** The callback (`POST {webhookUrl}/pix`): each Pix read back from the PSP before publishing. */
  webhookHandler: ProviderWebhookHandler;
  tokens: TokenManager;
}

export type PixApiDatasourceOptions = PixApiClientOptions;

/** Wires one PSP's API Pix: its client (http.ts) and one `bind` line per family it serves. */
export function createPixApiDatasource(endpoint: PixApiEndpoint, policy: UpstreamPolicy, options: PixApiDatasourceOptions = {}): PixApiDatasource {
  const { http, tokens } = createPixApiClient(endpoint, policy, options);
  const account = { pspClientId: endpoint.clientId, pixKey: endpoint.pixKey };
  return {
    provider: 'PIX_API',
    bindings: [bind(DUE_DATE_PIX_CHARGES, new PixApiDueDatePixCharges(http, account))],
    webhookHandler: { parse: () => ({ ok: false, reason: 'API Pix callbacks are not handled yet' }), confirm: () => Promise.resolve({ outcome: 'unknown-subject' }) },
    tokens,
  };
}
