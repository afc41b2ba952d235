import { extractSecret, webhookUrlFor } from '../../lib/webhook-url';
import { rawWebhookUrl, type WebhookRecord } from './model';
import type { WebhookPort } from './port';
import type { PaygraphEndpoint } from './endpoint';

type OwnershipEndpoint = Pick<PaygraphEndpoint, 'publicUrl'> & { webhookSecrets: Pick<PaygraphEndpoint['webhookSecrets'], 'verify'> };

/**
 * Whether a registration is Paygraph's own: its URL is Paygraph's `/webhooks/<provider>/<secret>`
 * endpoint and either sits at this server's public URL (the start-up check's test, whatever the
 * secret) or carries a secret the store knows (a Paygraph sharing this store at another address).
 * Such a registration feeds every subscriber, so its URL may not be changed through the graph
 * (issue 23). A receiver of the client's own whose path merely looks like ours is not Paygraph's:
 * its secret is unknown and its host is not ours.
 */
export async function isPaygraphRegistration(endpoint: OwnershipEndpoint, provider: WebhookPort, webhook: WebhookRecord): Promise<boolean> {
  const url = rawWebhookUrl(webhook);
  const secret = extractSecret(url, provider.code);
  if (!secret) return false;
  const publicUrl = endpoint.publicUrl();
  if (publicUrl && url === webhookUrlFor(publicUrl, provider.code, secret)) return true;
  return endpoint.webhookSecrets.verify(provider.code, secret);
}
