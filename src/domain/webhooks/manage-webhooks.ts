import { decodeGlobalId, type DecodedGlobalId } from '../../lib/global-id';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import { extractSecret, webhookUrlFor, webhookUrlProblem } from '../../lib/webhook-url';
import { rawWebhookUrl, type WebhookEventType, type WebhookRecord } from './model';
import { WEBHOOKS, type WebhookPort } from './port';
import { auditWebhookChange } from './audit';
import { isPaygraphRegistration } from './ownership';
import type { PaygraphEndpoint } from './endpoint';
import type { DeleteWebhookRequest, RegisterWebhookRequest, UpdateWebhookRequest, WebhookDeps } from './commands';

export interface WebhookResult {
  webhook: WebhookRecord | null;
  userErrors: UserErrorShape[];
}

export interface DeleteWebhookResult {
  deletedId: string | null;
  userErrors: UserErrorShape[];
}

const OWN_URL_FIXED =
  "This is Paygraph's own registration: its URL delivers the provider's events to Paygraph's subscriptions, so it cannot be pointed elsewhere. To send these events to another URL, delete it and register that URL (both need the webhooks scope).";

const failed = (field: string[] | null, code: UserErrorCode, message: string): WebhookResult => ({
  webhook: null,
  userErrors: [userError(field, code, message)],
});

/**
 * registerWebhook: provider and input checks (no provider call) → one-per-type check (a list) →
 * the secret, when Paygraph registers its own URL → create. If the create fails the secret is
 * revoked at once, so a failed registration leaves nothing behind on Paygraph's side.
 */
export async function registerWebhook(input: RegisterWebhookRequest, deps: WebhookDeps): Promise<WebhookResult> {
  const { endpoint } = deps;
  const provider = deps.ports.find(WEBHOOKS, input.provider);
  if (!provider) return failed(['input', 'provider'], UserErrorCode.NOT_SUPPORTED, notSupported(input.provider));
  const givenUrl = input.url ?? undefined;
  const publicUrl = endpoint.publicUrl();
  if (givenUrl !== undefined) {
    const problem = webhookUrlProblem(givenUrl, provider.limits.urlMax);
    if (problem) return failed(['input', 'url'], UserErrorCode.INVALID, problem);
  } else if (!publicUrl) {
    return failed(
      ['input', 'url'],
      UserErrorCode.REQUIRED,
      'url is required: this server has no PUBLIC_URL, so it cannot register its own webhook URL. Give url, or set PUBLIC_URL to the address providers reach Paygraph at.',
    );
  }
  const clash = await existingOfType(provider, input.eventType);
  if (clash) return failed(['input', 'eventType'], UserErrorCode.INVALID_STATE, clashMessage(clash));

  const secret = givenUrl === undefined ? await endpoint.webhookSecrets.create(provider.code) : undefined;
  const url = givenUrl ?? webhookUrlFor(publicUrl!, provider.code, secret!);
  let webhook: WebhookRecord;
  try {
    webhook = await provider.create({ url, eventType: input.eventType });
  } catch (error) {
    if (secret) await endpoint.webhookSecrets.revoke(provider.code, secret);
    return { webhook: null, userErrors: [providerRejectionAsUserError(error)] };
  }
  deps.loaders.webhook.prime(loaderKey(provider.code, webhook.webhookId), webhook);
  auditWebhookChange(deps.logger, { event: 'webhook_registered', webhook, before: null, urlAfter: url, paygraphRegistration: secret !== undefined });
  return { webhook, userErrors: [] };
}

/**
 * updateWebhook: checks → read the current webhook (ASM-A17 PUT replaces both fields, and the old
 * URL tells whether it is Paygraph's own) → Paygraph's own registration keeps its URL (issue 23:
 * it feeds every subscription; INVALID_STATE, no provider write) → one-per-type check when the
 * type changes → replace. No secret is revoked here: a URL whose secret Paygraph knows is its own
 * and keeps its URL, so an update never abandons a live secret.
 */
export async function updateWebhook(input: UpdateWebhookRequest, deps: WebhookDeps): Promise<WebhookResult> {
  const target = resolveTarget(input.id, deps);
  if ('error' in target) return { webhook: null, userErrors: [target.error] };
  const { provider, id } = target;
  const url = input.url ?? undefined;
  const eventType = input.eventType ?? undefined;
  if (url === undefined && eventType === undefined) return failed(['input'], UserErrorCode.REQUIRED, 'Give url, eventType or both.');
  if (url !== undefined) {
    const problem = webhookUrlProblem(url, provider.limits.urlMax);
    if (problem) return failed(['input', 'url'], UserErrorCode.INVALID, problem);
  }
  const key = loaderKey(provider.code, id.providerId);
  const current = await loadOrNull(deps, key);
  if (!current) return failed(['input', 'id'], UserErrorCode.NOT_FOUND, 'No such webhook.');
  const paygraphRegistration = await isPaygraphRegistration(deps.endpoint, provider, current);
  if (paygraphRegistration && url !== undefined && url !== rawWebhookUrl(current)) {
    auditWebhookChange(deps.logger, { event: 'webhook_change_refused', webhook: current, before: current, urlAfter: url, paygraphRegistration, reason: 'paygraph_registration' });
    return failed(['input', 'url'], UserErrorCode.INVALID_STATE, OWN_URL_FIXED);
  }
  if (eventType !== undefined && eventType !== current.eventType) {
    const clash = await existingOfType(provider, eventType);
    if (clash) return failed(['input', 'eventType'], UserErrorCode.INVALID_STATE, clashMessage(clash));
  }

  let webhook: WebhookRecord;
  try {
    webhook = await provider.update(id.providerId, { url, eventType }, current);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(['input', 'id'], UserErrorCode.NOT_FOUND, 'No such webhook.');
    return { webhook: null, userErrors: [providerRejectionAsUserError(error)] };
  }
  deps.loaders.webhook.clear(key).prime(key, webhook);
  auditWebhookChange(deps.logger, { event: 'webhook_updated', webhook, before: current, urlAfter: rawWebhookUrl(webhook), paygraphRegistration });
  return { webhook, userErrors: [] };
}

/**
 * deleteWebhook: read it first (its URL says whether a Paygraph secret must be revoked, even if
 * the DELETE itself answers 404 because a retried or concurrent delete got there first). Deleting
 * Paygraph's own registration is allowed (the `webhooks` scope is the guard) and logged at warn:
 * its events stop reaching subscriptions.
 */
export async function deleteWebhook(input: DeleteWebhookRequest, deps: WebhookDeps): Promise<DeleteWebhookResult> {
  const target = resolveTarget(input.id, deps);
  if ('error' in target) return { deletedId: null, userErrors: [target.error] };
  const { provider, id } = target;
  const key = loaderKey(provider.code, id.providerId);
  const current = await loadOrNull(deps, key);
  const notFound = { deletedId: null, userErrors: [userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No such webhook.')] };
  if (!current) return notFound;
  const paygraphRegistration = await isPaygraphRegistration(deps.endpoint, provider, current);
  try {
    await provider.delete(id.providerId);
  } catch (error) {
    if (!(error instanceof ProviderNotFoundError)) return { deletedId: null, userErrors: [providerRejectionAsUserError(error)] };
  }
  await revokeIfPaygraph(deps.endpoint, provider, current);
  deps.loaders.webhook.clear(key);
  auditWebhookChange(deps.logger, { event: 'webhook_deleted', webhook: current, before: current, urlAfter: null, paygraphRegistration });
  return { deletedId: current.id, userErrors: [] };
}

function resolveTarget(globalId: string, deps: Pick<WebhookDeps, 'ports'>): { provider: WebhookPort; id: DecodedGlobalId } | { error: UserErrorShape } {
  const id = decodeGlobalId(globalId);
  if (!id || id.type !== 'Webhook') return { error: userError(['input', 'id'], UserErrorCode.INVALID, 'id is not a Webhook id.') };
  const provider = deps.ports.find(WEBHOOKS, id.provider);
  if (!provider) return { error: userError(['input', 'id'], UserErrorCode.NOT_SUPPORTED, notSupported(id.provider)) };
  return { provider, id };
}

async function loadOrNull(deps: Pick<WebhookDeps, 'loaders'>, key: string): Promise<WebhookRecord | null> {
  try {
    return await deps.loaders.webhook.load(key);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return null;
    throw error;
  }
}

/** ASM-A17 allows one webhook per type; asking first gives a clear error instead of a provider 400. */
async function existingOfType(provider: WebhookPort, eventType: WebhookEventType): Promise<WebhookRecord | undefined> {
  if (!provider.limits.onePerEventType) return undefined;
  return (await provider.list()).find((webhook) => webhook.eventType === eventType);
}

function clashMessage(existing: WebhookRecord): string {
  return `A webhook for ${existing.eventType} already exists (id ${existing.id}); update or delete it.`;
}

function notSupported(provider: string): string {
  return `Paygraph cannot manage ${provider} webhooks yet: only ASTRA has a webhook-management API (Pagstar uses one account-wide notification URL).`;
}

/** Revoking an unknown secret is a no-op, so any URL of Paygraph's shape is simply revoked. */
async function revokeIfPaygraph(endpoint: PaygraphEndpoint, provider: WebhookPort, webhook: WebhookRecord): Promise<void> {
  const secret = extractSecret(rawWebhookUrl(webhook), provider.code);
  if (secret) await endpoint.webhookSecrets.revoke(provider.code, secret);
}
