import type { Services } from '../../context';
import { extractSecret, webhookUrlFor } from '../../lib/webhook-url';
import { rawWebhookUrl, type WebhookRecord } from './model';
import type { WebhookPort } from './port';

type OwnershipServices = Pick<Services, 'publicUrl' | 'webhookSecrets'>;

/**
 * Whether a registration is Paygraph's own: its URL is Paygraph's `/webhooks/<provider>/<secret>`
 * endpoint and either sits at this server's public URL (the start-up check's test, whatever the
 * secret) or carries a secret the store knows (a Paygraph sharing this store at another address).
 * Such a registration feeds every subscriber, so its URL may not be changed through the graph
 * (issue 23). A receiver of the client's own whose path merely looks like ours is not Paygraph's:
 * its secret is unknown and its host is not ours.
 */
export async function isPaygraphRegistration(services: OwnershipServices, provider: WebhookPort, webhook: WebhookRecord): Promise<boolean> {
  const url = rawWebhookUrl(webhook);
  const secret = extractSecret(url, provider.code);
  if (!secret) return false;
  const publicUrl = services.publicUrl();
  if (publicUrl && url === webhookUrlFor(publicUrl, provider.code, secret)) return true;
  return services.webhookSecrets.verify(provider.code, secret);
}
