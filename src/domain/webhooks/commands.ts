import type { ProviderCode } from '../../providers';
import type { UseCaseDeps } from '../use-case';
import type { PaygraphEndpoint } from './endpoint';
import type { WebhookEventType } from './model';

/** What registerWebhook is asked (the schema's RegisterWebhookInput implements it). */
export interface RegisterWebhookRequest {
  provider: ProviderCode;
  eventType: WebhookEventType;
  /** Absent: Paygraph registers its own URL. */
  url?: string | null;
}

/** What updateWebhook is asked; an absent field keeps its value. */
export interface UpdateWebhookRequest {
  /** Global id of the Webhook. */
  id: string;
  url?: string | null;
  eventType?: WebhookEventType | null;
}

export interface DeleteWebhookRequest {
  /** Global id of the Webhook. */
  id: string;
}

/** The webhook use cases' dependencies: the usual ones, and Paygraph's own endpoint (its URL and secrets). */
export type WebhookDeps = Pick<UseCaseDeps, 'ports' | 'loaders' | 'logger'> & { endpoint: PaygraphEndpoint };
