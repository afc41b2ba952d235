import type { ProviderCode } from '../../providers';

/**
 * The secrets of Paygraph's own webhook URLs (`/webhooks/<provider>/<secret>`), as the use cases
 * need them. The store behind it (memory or Redis) is chosen by the composition root; the domain
 * sees only this.
 */
export interface WebhookSecrets {
  /** A fresh secret for `provider`, accepted by `verify` from now on. */
  create(provider: ProviderCode): Promise<string>;
  verify(provider: string, presented: string): Promise<boolean>;
  /** Deliveries to the secret's URL are refused from now on; an unknown secret is ignored. */
  revoke(provider: string, secret: string): Promise<void>;
}

/** Where Paygraph itself receives provider webhooks: what registering "Paygraph's own URL" needs. */
export interface PaygraphEndpoint {
  /** This server's public base URL, when known (PUBLIC_URL, or the sandbox's own address). */
  publicUrl(): string | undefined;
  webhookSecrets: WebhookSecrets;
}
