import type { PortBinding, PortKey } from '../../domain/ports';
import type { WebhookProduct } from '../../events/webhook-products';

/** The port bound to a capability, or undefined when Astra's bindings lack it. */
export type BoundPort = <T>(key: PortKey<T>) => T | undefined;

/**
 * One kind of delivery Astra sends, as the family that owns it declares it in its
 * astra/<family>/webhook.ts; webhook-deliveries.ts lists the families.
 */
export interface AstraWebhookProduct {
  /** Astra's name for it (`PIX_QR_INBOUND`…). */
  readonly product: string;
  /**
   * The payload field that tells it apart: Astra's payloads are flat objects without a type
   * field, so the shape decides (ASM-A14).
   */
  readonly identifiedBy: string;
  /**
   * Its parser and confirmation over the ports Astra binds. Without the ports it confirms with,
   * it has no `confirm`: its deliveries are acknowledged and logged, never published.
   */
  create(port: BoundPort): WebhookProduct<unknown>;
}

/** Looks capabilities up in a provider's bindings (the ones its index declares). */
export function boundPorts(bindings: readonly PortBinding[]): BoundPort {
  const byName = new Map(bindings.map(({ key, port }) => [key.name, port]));
  return <T>(key: PortKey<T>) => byName.get(key.name) as T | undefined;
}
