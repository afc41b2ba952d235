import type { Page } from '../../../domain/models';
import { WebhookEventType, type WebhookDeliveryRecord, type WebhookRecord, type WebhookTarget } from '../../../domain/webhooks/model';
import type { WebhookPort } from '../../../domain/webhooks/port';
import { NotSupportedError } from '../../../errors/domain-errors';
import type { ProviderHttp } from '../../http/provider-http';
import { PIX_API_ASSUMPTIONS as A } from '../assumptions';
import { webhookFromWire } from './transformers';
import type { PixApiWebhookListWire, PixApiWebhookWire } from './wire';

/**
 * Webhook management of the API Pix (`PUT`/`GET`/`DELETE /webhook/{chave}`, `GET /webhook`) through
 * the Webhook family's port. One webhook per Pix key; Paygraph registers on PIX_API_PIX_KEY.
 */
export class PixApiWebhooks implements WebhookPort {
  readonly code = 'PIX_API' as const;
  readonly limits = { urlMax: A.webhookUrlMax, onePerEventType: true };
  readonly eventTypes = [WebhookEventType.PIX_QR_INBOUND];

  constructor(
    private readonly http: ProviderHttp,
    private readonly pixKey: string,
  ) {}

  async list(): Promise<WebhookRecord[]> {
    const response = await this.http.get<PixApiWebhookListWire>(A.paths.webhookList);
    return (response.body.webhooks ?? []).map(webhookFromWire);
  }

  async get(webhookId: string): Promise<WebhookRecord> {
    return webhookFromWire((await this.http.get<PixApiWebhookWire>(A.paths.webhook(webhookId))).body);
  }

  async create(target: WebhookTarget): Promise<WebhookRecord> {
    onlyPixReceived(target.eventType);
    // PUT is idempotent (it sets the key's one webhook): safe to retry.
    await this.http.put(A.paths.webhook(this.pixKey), { json: { webhookUrl: target.url } });
    return this.get(this.pixKey);
  }

  async update(webhookId: string, changes: Partial<WebhookTarget>, current?: WebhookRecord): Promise<WebhookRecord> {
    if (changes.eventType !== undefined) onlyPixReceived(changes.eventType);
    if (changes.url === undefined) return current ?? this.get(webhookId);
    await this.http.put(A.paths.webhook(webhookId), { json: { webhookUrl: changes.url } });
    return this.get(webhookId);
  }

  async delete(webhookId: string): Promise<WebhookRecord> {
    const before = await this.get(webhookId);
    await this.http.delete(A.paths.webhook(webhookId));
    return before;
  }

  deliveries(): Promise<Page<WebhookDeliveryRecord>> {
    return Promise.reject(new NotSupportedError('The API Pix has no delivery log of its callbacks.', { provider: 'PIX_API' }));
  }
}

function onlyPixReceived(eventType: WebhookEventType): void {
  if (eventType !== WebhookEventType.PIX_QR_INBOUND) {
    throw new NotSupportedError(`The API Pix notifies received Pix only (PIX_QR_INBOUND), not ${eventType}.`, { provider: 'PIX_API' });
  }
}
