import type { ConfirmResult, ParsedDelivery, ProviderWebhookHandler } from './webhook-relay';

export type WebhookBody = Record<string, unknown>;

export type ProductParse<T> = { ok: true; dedupKey: string; occurredAt: Date | null; delivery: T } | { ok: false; reason: string };

/**
 * One kind of delivery a provider sends (Astra: one per webhook type), owned by the family whose
 * objects it is about. The family's provider folder parses it; the family confirms it by
 * re-fetching the object. A product without `confirm` (built without the port it confirms with,
 * e.g. a parse-only handler in tests) is acknowledged and logged, never published.
 */
export interface WebhookProduct<T = unknown> {
  /** The provider's name for it (`PIX_QR_INBOUND`…), for logs and metrics. */
  readonly product: string;
  parse(body: WebhookBody): ProductParse<T>;
  confirm?(delivery: T, eventId: string): Promise<ConfirmResult>;
}

/** What the inbox stores (JSON, possibly in Redis): which product, and what it parsed. */
export interface StoredDelivery {
  product: string;
  delivery: unknown;
}

/**
 * A provider's relay handler built from its products. `classify` is the provider's own rule for
 * telling products apart (Astra: by payload shape, ASM-A14); it returns undefined for a kind of
 * delivery this code does not know, which is acknowledged (so the provider stops retrying) and logged.
 */
export function handlerFromProducts(products: readonly WebhookProduct<unknown>[], classify: (body: WebhookBody) => string | undefined): ProviderWebhookHandler<StoredDelivery> {
  const byName = new Map<string, WebhookProduct<unknown>>(products.map((product) => [product.product, product]));
  return {
    parse(body: unknown): ParsedDelivery<StoredDelivery> {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, reason: 'body is not a JSON object' };
      const name = classify(body as WebhookBody);
      const product = name === undefined ? undefined : byName.get(name);
      if (!product) return { ok: true, dedupKey: 'unknown', occurredAt: null, confirmable: false, product: name ?? 'UNKNOWN' };
      const parsed = product.parse(body as WebhookBody);
      if (!parsed.ok) return parsed;
      const { dedupKey, occurredAt } = parsed;
      if (!product.confirm) return { ok: true, dedupKey, occurredAt, confirmable: false, product: product.product };
      return { ok: true, dedupKey, occurredAt, confirmable: true, product: product.product, delivery: { product: product.product, delivery: parsed.delivery } };
    },
    confirm(stored: StoredDelivery, eventId: string): Promise<ConfirmResult> {
      const product = byName.get(stored.product);
      // Stored by an instance whose code confirms this product: fail, so the relay retries, then lets the provider redeliver.
      if (!product?.confirm) return Promise.reject(new Error(`This instance cannot confirm ${stored.product} deliveries.`));
      return product.confirm(stored.delivery, eventId);
    },
  };
}
