import type { ProviderCode } from '../../providers';

/**
 * Provider-side webhook registrations, provider-neutral. The names are Astra's webhook types
 * (ASM-A17, docs/providers.md) because Astra is the only provider with a webhook-management API; a
 * provider with other names maps them in its own transformers.
 */
export enum WebhookEventType {
  PIX_QR_INBOUND = 'PIX_QR_INBOUND',
  PIX_QR_PARTNER_INBOUND = 'PIX_QR_PARTNER_INBOUND',
  PIX_OUTBOUND = 'PIX_OUTBOUND',
  CARD_PAYMENT_INBOUND = 'CARD_PAYMENT_INBOUND',
  CARD_CHARGEBACK = 'CARD_CHARGEBACK',
  CARD_RECURRING_INBOUND = 'CARD_RECURRING_INBOUND',
  PAYMENT_LINK_INBOUND = 'PAYMENT_LINK_INBOUND',
}

export const ALL_WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (ALL_WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * Where the unmasked URL of a webhook is kept on its record. A symbol-keyed, non-enumerable
 * property: JSON, the logger's redaction (Object.entries), object spread and GraphQL never see
 * it, so the secret path segment of a Paygraph URL cannot leak by accident. Read it only through
 * `rawWebhookUrl`, and only to recognise Paygraph's own secret.
 */
const RAW_URL: unique symbol = Symbol('paygraph.webhook.rawUrl');

export interface WebhookRecord {
  __typename: 'Webhook';
  /** Global id ('Webhook', provider, provider webhook id). */
  id: string;
  provider: ProviderCode;
  /** The provider's id of the registration. */
  webhookId: string;
  /** As registered, except that Paygraph's secret path segment is masked (`/webhooks/astra/****`). */
  url: string;
  eventType: WebhookEventType;
  createdAt: Date | null;
  updatedAt: Date | null;
  readonly [RAW_URL]: string;
}

export type WebhookRecordFields = Omit<WebhookRecord, typeof RAW_URL>;

export function withRawUrl(fields: WebhookRecordFields, rawUrl: string): WebhookRecord {
  return Object.defineProperty({ ...fields }, RAW_URL, { value: rawUrl, enumerable: false }) as WebhookRecord;
}

/** The URL exactly as the provider holds it (secret included). Never log or return it. */
export function rawWebhookUrl(record: WebhookRecord): string {
  return record[RAW_URL];
}

/** One delivery attempt of one event to one webhook (Astra "webhook results", ASM-A18). */
export interface WebhookDeliveryRecord {
  id: string;
  eventType: WebhookEventType;
  /** Null when no HTTP response arrived (timeout, connection refused). */
  httpStatus: number | null;
  success: boolean;
  attemptedAt: Date;
}

export interface WebhookTarget {
  url: string;
  eventType: WebhookEventType;
}
