import type { Logger } from '../../logger';
import { rawWebhookUrl, type WebhookEventType, type WebhookRecord } from './model';

/**
 * Audit lines of webhook changes (issue 23): who (the request logger carries `clientId` and
 * `requestId`), what (event, provider, webhook id, event type) and where the deliveries went
 * before and after, as masked URLs. A registration decides where payment notifications go, so
 * every change is worth a line; Paygraph's own registrations changing or a refused attempt is a warn.
 */

export type WebhookAuditEvent = 'webhook_registered' | 'webhook_updated' | 'webhook_deleted' | 'webhook_change_refused';

export interface WebhookAuditEntry {
  event: WebhookAuditEvent;
  /** The registration as it is now (after the change), or as it was (delete, refusal). */
  webhook: WebhookRecord;
  /** The registration before the change; null for a new one. */
  before: WebhookRecord | null;
  /** The URL the registration points at afterwards, unmasked; null once deleted. */
  urlAfter: string | null;
  /** Whether `before` (or, for a new one, the registration) is Paygraph's own. */
  paygraphRegistration: boolean;
  /** Why a change was refused. */
  reason?: string;
}

export const MASKED_SEGMENT = '****';
const INVALID_URL = '[invalid url]';

/**
 * A URL fit for an audit line: scheme and host (with port) kept, every path segment masked except
 * the `webhooks/<provider>` of Paygraph's own endpoint, no user info, query string or fragment.
 * So Paygraph's secret never shows, and neither does a token a receiver put in its path or query.
 * `https://hooks.example.com/astra/in?token=x` → `https://hooks.example.com/****\/****`.
 */
export function maskUrlForAudit(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return INVALID_URL;
  }
  return `${parsed.protocol}//${parsed.host}${maskPath(parsed.pathname)}`;
}

function maskPath(pathname: string): string {
  const segments = pathname.split('/').slice(1);
  const masked = segments.map((segment): string => (segment === '' ? '' : MASKED_SEGMENT));
  // Paygraph's endpoint ends in /webhooks/<provider>/<secret>: those two names are not secret.
  const n = segments.length;
  if (n >= 3 && segments[n - 3].toLowerCase() === 'webhooks' && /^[a-z]+$/i.test(segments[n - 2])) {
    masked[n - 3] = segments[n - 3];
    masked[n - 2] = segments[n - 2];
  }
  return `/${masked.join('/')}`;
}

export function auditWebhookChange(logger: Logger, entry: WebhookAuditEntry): void {
  const { event, webhook, before, paygraphRegistration, reason } = entry;
  const line = {
    event,
    provider: webhook.provider,
    webhookId: webhook.webhookId,
    eventType: webhook.eventType,
    ...eventTypeChange(before, webhook.eventType),
    urlBefore: maskUrlForAudit(before ? rawWebhookUrl(before) : null),
    urlAfter: maskUrlForAudit(entry.urlAfter),
    paygraphRegistration,
    ...(reason ? { reason } : {}),
  };
  const warn = event === 'webhook_change_refused' || (paygraphRegistration && event !== 'webhook_registered');
  if (warn) logger.warn(line, warnMessage(event));
  else logger.info(line, MESSAGES[event]);
}

function eventTypeChange(before: WebhookRecord | null, eventType: WebhookEventType): { eventTypeBefore?: WebhookEventType } {
  return before && before.eventType !== eventType ? { eventTypeBefore: before.eventType } : {};
}

const MESSAGES: Record<WebhookAuditEvent, string> = {
  webhook_registered: 'Webhook registered',
  webhook_updated: 'Webhook updated',
  webhook_deleted: 'Webhook deleted',
  webhook_change_refused: 'Webhook change refused',
};

function warnMessage(event: WebhookAuditEvent): string {
  if (event === 'webhook_deleted') return "Paygraph's own webhook deleted: its events no longer reach Paygraph's subscriptions";
  if (event === 'webhook_updated') return "Paygraph's own webhook changed its event type: events of the old type no longer reach Paygraph";
  return MESSAGES[event];
}
