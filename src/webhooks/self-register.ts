import type { Services } from '../context';
import { ALL_WEBHOOK_EVENT_TYPES, rawWebhookUrl, type WebhookEventType, type WebhookRecord } from '../domain/webhooks/model';
import { WEBHOOKS, type WebhookPort } from '../domain/webhooks/port';
import { extractSecret, webhookUrlFor } from '../lib/webhook-url';

type SelfRegisterServices = Pick<Services, 'ports' | 'webhookSecrets' | 'publicUrl' | 'logger'>;

type Outcome = 'kept' | 'registered' | 'failed';

/**
 * Points the webhooks of `eventTypes` of every provider that manages webhooks (Astra, the API Pix;
 * each only for the types it notifies) at Paygraph (sandbox start-up: the demo works with no
 * set-up). Per type: a webhook already at `<publicUrl>/webhooks/<provider>/<secret>` with a secret this
 * store knows is kept; anything else is created, or updated to, a fresh Paygraph URL. A failure
 * for one type is logged and does not stop the others. Logs one summary line, never a URL.
 */
export async function registerPaygraphWebhooks(services: SelfRegisterServices, eventTypes: readonly WebhookEventType[] = ALL_WEBHOOK_EVENT_TYPES): Promise<void> {
  const codes = services.ports.providersWith(WEBHOOKS);
  if (codes.length === 0) return;
  const publicUrl = services.publicUrl();
  if (!publicUrl) throw new Error('Cannot register Paygraph webhooks: the public URL is unknown (set PUBLIC_URL).');
  // Every provider with webhook management (Astra, the API Pix), each for the types it can notify.
  for (const code of codes) await registerAt(services, services.ports.get(WEBHOOKS, code), publicUrl, eventTypes);
}

async function registerAt(services: SelfRegisterServices, provider: WebhookPort, publicUrl: string, wanted: readonly WebhookEventType[]): Promise<void> {
  const eventTypes = provider.eventTypes ? wanted.filter((type) => provider.eventTypes!.includes(type)) : wanted;
  if (eventTypes.length === 0) return;
  const existing = await provider.list();
  const counts: Record<Outcome, number> = { kept: 0, registered: 0, failed: 0 };
  for (const eventType of eventTypes) {
    const current = existing.find((webhook) => webhook.eventType === eventType);
    counts[await ensureOne(services, provider, publicUrl, eventType, current)]++;
  }
  services.logger.info(
    { event: 'webhooks_self_registered', provider: provider.code, ...counts },
    `Paygraph webhooks at ${provider.code}: ${counts.registered} registered, ${counts.kept} already in place, ${counts.failed} failed`,
  );
}

async function ensureOne(
  services: SelfRegisterServices,
  provider: WebhookPort,
  publicUrl: string,
  eventType: WebhookEventType,
  current: WebhookRecord | undefined,
): Promise<Outcome> {
  const secrets = services.webhookSecrets;
  const currentSecret = current ? extractSecret(rawWebhookUrl(current), provider.code) : null;
  if (current && currentSecret && rawWebhookUrl(current) === webhookUrlFor(publicUrl, provider.code, currentSecret) && (await secrets.verify(provider.code, currentSecret))) {
    return 'kept';
  }
  const secret = await secrets.create(provider.code);
  const target = { url: webhookUrlFor(publicUrl, provider.code, secret), eventType };
  try {
    if (current) await provider.update(current.webhookId, target, current);
    else await provider.create(target);
  } catch (error) {
    await secrets.revoke(provider.code, secret);
    services.logger.warn({ event: 'webhook_self_register_failed', provider: provider.code, eventType, err: error }, 'Could not register a Paygraph webhook');
    return 'failed';
  }
  // A Paygraph URL at an old address (or with a secret from an earlier run) is dead now.
  if (currentSecret) await secrets.revoke(provider.code, currentSecret);
  return 'registered';
}
