import { encodeGlobalId } from '../../../lib/global-id';
import { maskWebhookUrl } from '../../../lib/webhook-url';
import { WebhookEventType, withRawUrl, type WebhookRecord } from '../../../domain/webhooks/model';
import { instantFromWire } from '../transformers';
import type { PixApiWebhookWire } from './wire';

/**
 * ASM-X17: the API Pix has one webhook per Pix key (`chave`, its id), notifying Pix received for a
 * txid: the neutral event type PIX_QR_INBOUND ("Pix paid to a QR code charge").
 */
export function webhookFromWire(wire: PixApiWebhookWire): WebhookRecord {
  const created = instantFromWire(wire.criacao);
  return withRawUrl(
    {
      __typename: 'Webhook',
      id: encodeGlobalId('Webhook', 'PIX_API', wire.chave),
      provider: 'PIX_API',
      webhookId: wire.chave,
      url: maskWebhookUrl(wire.webhookUrl),
      eventType: WebhookEventType.PIX_QR_INBOUND,
      createdAt: created,
      updatedAt: created,
    },
    wire.webhookUrl,
  );
}
