import type { ProviderCode } from '../../providers';
import { portKey } from '../ports';
import type { Page } from '../models';
import type { WebhookDeliveryRecord, WebhookEventType, WebhookRecord, WebhookTarget } from './model';

/** A provider that lets Paygraph manage its webhook registrations. */
export interface WebhookPort {
  readonly code: ProviderCode;
  readonly limits: {
    /** Longest URL the provider accepts. */
    urlMax: number;
    /** The provider keeps at most one webhook per event type. */
    onePerEventType: boolean;
  };
  /** The event types this provider can notify; absent: every WebhookEventType. */
  readonly eventTypes?: readonly WebhookEventType[];
  list(): Promise<WebhookRecord[]>;
  get(webhookId: string): Promise<WebhookRecord>;
  create(target: WebhookTarget): Promise<WebhookRecord>;
  /** Missing fields keep their current value (read from `current`, or fetched when absent). */
  update(webhookId: string, changes: Partial<WebhookTarget>, current?: WebhookRecord): Promise<WebhookRecord>;
  /** Answers the webhook as it was before deletion. */
  delete(webhookId: string): Promise<WebhookRecord>;
  /** Delivery attempts of one webhook, newest first, as an offset window. */
  deliveries(query: { webhookId: string; offset: number; limit: number }): Promise<Page<WebhookDeliveryRecord>>;
}

export const WEBHOOKS = portKey<WebhookPort>('webhooks', 'manage webhook registrations through Paygraph');
