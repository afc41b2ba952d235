import { encodeGlobalId } from '../../../lib/global-id';
import { maskWebhookUrl } from '../../../lib/webhook-url';
import { isWebhookEventType, withRawUrl, type WebhookDeliveryRecord, type WebhookRecord, type WebhookTarget } from '../../../domain/webhooks/model';
import { parseInstant } from '../transformers';
import type { AstraWebhookBody, AstraWebhookResultWire, AstraWebhookWire } from './wire';

/**
 * ASM-A17/A18 wire ⇄ provider-neutral webhook records. The Astra type names are the
 * WebhookEventType values; a type Paygraph does not know (Astra added one) has no
 * GraphQL value, so such records are skipped (null) rather than crash a list.
 */
export function webhookFromWire(wire: AstraWebhookWire): WebhookRecord | null {
  if (!isWebhookEventType(wire.type)) return null;
  return withRawUrl(
    {
      __typename: 'Webhook',
      id: encodeGlobalId('Webhook', 'ASTRA', wire.id),
      provider: 'ASTRA',
      webhookId: wire.id,
      url: maskWebhookUrl(wire.url),
      eventType: wire.type,
      createdAt: parseInstant(wire.createdAt),
      updatedAt: parseInstant(wire.updatedAt),
    },
    wire.url,
  );
}

export function deliveryFromWire(wire: AstraWebhookResultWire): WebhookDeliveryRecord | null {
  const attemptedAt = parseInstant(wire.attemptedAt);
  if (!isWebhookEventType(wire.type) || !attemptedAt) return null;
  return {
    id: wire.id,
    eventType: wire.type,
    httpStatus: typeof wire.httpStatus === 'number' ? wire.httpStatus : null,
    success: wire.success === true,
    attemptedAt,
  };
}

export function webhookToWire(target: WebhookTarget): AstraWebhookBody {
  return { url: target.url, type: target.eventType };
}
