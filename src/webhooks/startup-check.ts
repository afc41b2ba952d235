import type { Services } from '../context';
import { rawWebhookUrl } from '../domain/webhooks/model';
import { WEBHOOKS } from '../domain/webhooks/port';
import { extractSecret, maskWebhookUrl, webhookUrlFor } from '../lib/webhook-url';

type CheckServices = Pick<Services, 'ports' | 'webhookSecrets' | 'publicUrl' | 'logger' | 'metrics'>;

export interface WebhookSecretCheck {
  /** Registrations pointing at this Paygraph (`<PUBLIC_URL>/webhooks/<provider>/<secret>`). */
  paygraphWebhooks: number;
  /** Of those, how many carry a secret the store does not know (every delivery to them gets 401). */
  unknownSecrets: number;
}

export const UNKNOWN_SECRET_METRIC = 'paygraph_webhook_secret_unknown_total';

/**
 * Start-up check (live mode, issue 9): lists each provider's registered webhooks and, for every
 * one whose URL points at this Paygraph, asks the secret store whether its secret is known. A
 * registration whose secret was lost (memory store restarted, Redis flushed, another key prefix)
 * silently gets 401 on every delivery, so each is logged as an error naming the webhook (id,
 * event type, masked URL; never the secret) and counted in `paygraph_webhook_secret_unknown_total`.
 * Fix: `deleteWebhook`, then `registerWebhook` without `url`. Never throws: a provider or Redis
 * failure is logged and the check is skipped.
 */
export async function checkWebhookSecrets(services: CheckServices): Promise<WebhookSecretCheck> {
  const result: WebhookSecretCheck = { paygraphWebhooks: 0, unknownSecrets: 0 };
  const publicUrl = services.publicUrl();
  if (!publicUrl) {
    services.logger.warn({ event: 'webhook_secret_check_skipped', reason: 'no_public_url' }, 'Webhook secret check skipped: PUBLIC_URL is not set');
    return result;
  }
  for (const provider of services.ports.providersWith(WEBHOOKS).map((code) => services.ports.get(WEBHOOKS, code))) {
    try {
      for (const webhook of await provider.list()) {
        const url = rawWebhookUrl(webhook);
        const secret = extractSecret(url, provider.code);
        if (!secret || url !== webhookUrlFor(publicUrl, provider.code, secret)) continue;
        result.paygraphWebhooks++;
        if (await services.webhookSecrets.verify(provider.code, secret)) continue;
        result.unknownSecrets++;
        services.metrics.inc(UNKNOWN_SECRET_METRIC, { provider: provider.code });
        services.logger.error(
          { event: 'webhook_secret_unknown', provider: provider.code, webhookId: webhook.webhookId, eventType: webhook.eventType, url: maskWebhookUrl(url) },
          `Webhook ${webhook.webhookId} (${webhook.eventType}) at ${provider.code} points at this Paygraph with a secret it does not know: every delivery gets 401. Update or re-register it.`,
        );
      }
    } catch (error) {
      services.logger.warn({ event: 'webhook_secret_check_failed', provider: provider.code, err: error }, 'Webhook secret check could not run');
    }
  }
  services.logger.info({ event: 'webhook_secret_check', ...result }, 'Webhook secret check done');
  return result;
}
