import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { SimRouter } from '../shared/sim-router';
import { fail, type AstraContext } from './context';
import { ok } from './errors';
import { newId } from './ids';
import { toDeliveryWire, toWebhookWire } from './serialize';
import { inRange, isObject, newestFirst, paginate, readDateRange, readEnumQuery, readPaging } from './validation';
import { WEBHOOK_TYPES, type WebhookType } from './wire';

const MAX_URL_LENGTH = 500;

/** Webhook management (ASM-A17) and delivery records (ASM-A18) under `/webhook/v1` (ASM-A01). */
export function registerWebhookRoutes(router: SimRouter, ctx: AstraContext): void {
  router.add('POST', '/webhook/v1', (req) => createWebhook(ctx, req));
  router.add('GET', '/webhook/v1', (req) => listWebhooks(ctx, req));
  // The router matches the literal `results` before `:webhookId` (ASM-A17 routing rule).
  router.add('GET', '/webhook/v1/results', (req) => listResults(ctx, req));
  router.add('GET', '/webhook/v1/:webhookId', (req) => findWebhook(ctx, req));
  router.add('PUT', '/webhook/v1/:webhookId', (req) => updateWebhook(ctx, req));
  router.add('DELETE', '/webhook/v1/:webhookId', (req) => deleteWebhook(ctx, req));
}

function createWebhook(ctx: AstraContext, req: SimRequest): SimResponse {
  const input = parseWebhookBody(ctx, req.body, undefined);
  if ('problems' in input) return fail(ctx, 400, req, input.problems);
  const now = ctx.clock.nowMs();
  const webhook = { seq: ctx.store.nextSeq(), id: newId(), ...input, createdAtMs: now, updatedAtMs: now };
  ctx.store.webhooks.set(webhook.id, webhook);
  ctx.store.knownWebhookIds.add(webhook.id);
  return ok(toWebhookWire(webhook));
}

function findWebhook(ctx: AstraContext, req: SimRequest): SimResponse {
  const webhook = ctx.store.webhooks.get(req.params.webhookId);
  return webhook ? ok(toWebhookWire(webhook)) : notFound(ctx, req);
}

/** ASM-A17: full replacement, `url` and `type` both required; `updatedAt` changes. */
function updateWebhook(ctx: AstraContext, req: SimRequest): SimResponse {
  const webhook = ctx.store.webhooks.get(req.params.webhookId);
  if (!webhook) return notFound(ctx, req);
  const input = parseWebhookBody(ctx, req.body, webhook.id);
  if ('problems' in input) return fail(ctx, 400, req, input.problems);
  Object.assign(webhook, input, { updatedAtMs: ctx.clock.nowMs() });
  return ok(toWebhookWire(webhook));
}

/** ASM-A08: DELETE answers the object as it was; ASM-A17: its pending retries are dropped. */
function deleteWebhook(ctx: AstraContext, req: SimRequest): SimResponse {
  const webhook = ctx.store.webhooks.get(req.params.webhookId);
  if (!webhook) return notFound(ctx, req);
  ctx.store.webhooks.delete(webhook.id);
  ctx.webhooks.drop(webhook.id);
  return ok(toWebhookWire(webhook));
}

function listWebhooks(ctx: AstraContext, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const type = readEnumQuery(req.query, 'type', WEBHOOK_TYPES, problems);
  if (problems.length > 0) return fail(ctx, 400, req, problems);
  const matches = [...ctx.store.webhooks.values()].filter((webhook) => type === undefined || webhook.type === type);
  return ok(
    paginate(
      newestFirst(matches, (webhook) => webhook.createdAtMs),
      paging,
      toWebhookWire,
    ),
  );
}

/** ASM-A18: filters webhookId, type, success, startDate/endDate on attemptedAt; newest first. */
function listResults(ctx: AstraContext, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const range = readDateRange(req.query, problems);
  const type = readEnumQuery(req.query, 'type', WEBHOOK_TYPES, problems);
  const success = readEnumQuery(req.query, 'success', ['true', 'false'], problems);
  const webhookId = req.query.get('webhookId');
  // Records outlive deleted webhooks, so any id ever issued is a valid filter (ASM-A08: unknown → 400).
  if (webhookId !== null && !ctx.store.knownWebhookIds.has(webhookId)) problems.push(`Webhook ${webhookId} not found`);
  if (problems.length > 0) return fail(ctx, 400, req, problems);

  const matches = ctx.store.deliveries.filter(
    (record) =>
      inRange(record.attemptedAtMs, range) &&
      (type === undefined || record.type === type) &&
      (success === undefined || String(record.success) === success) &&
      (webhookId === null || record.webhookId === webhookId),
  );
  return ok(
    paginate(
      newestFirst(matches, (record) => record.attemptedAtMs),
      paging,
      toDeliveryWire,
    ),
  );
}

function isWebhookType(value: unknown): value is WebhookType {
  return (WEBHOOK_TYPES as readonly unknown[]).includes(value);
}

/** ASM-A17 validation; `selfId` is the webhook being updated (it may keep its own type). */
function parseWebhookBody(ctx: AstraContext, body: unknown, selfId: string | undefined): { url: string; type: WebhookType } | { problems: string[] } {
  if (!isObject(body)) return { problems: ['Request body must be a JSON object'] };
  const problems: string[] = [];
  const { url, type } = body;
  if (url === undefined || url === null || url === '') problems.push('url is required');
  else if (typeof url !== 'string' || !isHttpUrl(url)) problems.push('url must be an absolute http or https URL');
  else if (url.length > MAX_URL_LENGTH) problems.push(`url must have at most ${MAX_URL_LENGTH} characters`);
  if (type === undefined || type === null || type === '') problems.push('type is required');
  else if (!isWebhookType(type)) problems.push(`type must be one of ${WEBHOOK_TYPES.join(', ')}`);
  else {
    const existing = ctx.store.webhookOfType(type);
    if (existing && existing.id !== selfId) problems.push(`A webhook for type ${type} already exists`);
  }
  return problems.length > 0 ? { problems } : { url: url as string, type: type as WebhookType };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function notFound(ctx: AstraContext, req: SimRequest): SimResponse {
  return fail(ctx, 404, req, [`Webhook ${req.params.webhookId} not found`]);
}
