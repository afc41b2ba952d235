import type { Page } from '../../../domain/models';
import type { ProviderHttp } from '../../http/provider-http';
import { fetchWindow, type ProviderPage } from '../../paging';
import { rawWebhookUrl, type WebhookDeliveryRecord, type WebhookRecord, type WebhookTarget } from '../../../domain/webhooks/model';
import type { WebhookPort } from '../../../domain/webhooks/port';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import type { AstraPage } from '../wire';
import { deliveryFromWire, webhookFromWire, webhookToWire } from './transformers';
import type { AstraWebhookResultWire, AstraWebhookWire } from './wire';
import { pathSegment } from '../../path-segment';

const W = A.webhooks;

/**
 * Astra webhook management (ASM-A17) and delivery records (ASM-A18) under `/webhook/v1`.
 * POST is never retried (ASM-A05: no idempotency at Astra). PUT (full replacement) and DELETE
 * are retried by the generic client like every idempotent method: repeating them leaves the same
 * state (a repeated DELETE answers 404, which the caller reads as "already gone").
 */
export class AstraWebhooks implements WebhookPort {
  readonly code = 'ASTRA' as const;
  readonly limits = { urlMax: W.urlMax, onePerEventType: W.onePerEventType };

  constructor(private readonly http: ProviderHttp) {}

  /** Every webhook, all pages (ASM-A09 envelope), newest first as Astra lists them. */
  async list(): Promise<WebhookRecord[]> {
    const all: WebhookRecord[] = [];
    for (let page = 0; page < W.listMaxPages; page++) {
      const response = await this.http.get<AstraPage<AstraWebhookWire>>(A.paths.webhooks, { searchParams: { page, size: A.maxPageSize } });
      const { content, totalPages } = response.body;
      for (const wire of content) {
        const record = webhookFromWire(wire);
        if (record) all.push(record);
      }
      if (content.length === 0 || page + 1 >= totalPages) break;
    }
    return all;
  }

  async get(webhookId: string): Promise<WebhookRecord> {
    const response = await this.http.get<AstraWebhookWire>(this.pathOf(webhookId));
    return this.known(response.body);
  }

  async create(target: WebhookTarget): Promise<WebhookRecord> {
    const response = await this.http.post<AstraWebhookWire>(A.paths.webhooks, { json: webhookToWire(target) });
    return this.known(response.body);
  }

  /** ASM-A17 PUT replaces both fields: a missing one is filled from the current webhook. */
  async update(webhookId: string, changes: Partial<WebhookTarget>, current?: WebhookRecord): Promise<WebhookRecord> {
    let url = changes.url;
    let eventType = changes.eventType;
    if (url === undefined || eventType === undefined) {
      const base = current ?? (await this.get(webhookId));
      url ??= rawWebhookUrl(base);
      eventType ??= base.eventType;
    }
    const response = await this.http.put<AstraWebhookWire>(this.pathOf(webhookId), { json: webhookToWire({ url, eventType }) });
    return this.known(response.body);
  }

  async delete(webhookId: string): Promise<WebhookRecord> {
    const response = await this.http.delete<AstraWebhookWire>(this.pathOf(webhookId));
    return this.known(response.body);
  }

  /** ASM-A18 "list webhook results" of one webhook: one provider page, newest first. */
  async results(query: { webhookId: string; page: number; size: number }): Promise<ProviderPage<WebhookDeliveryRecord>> {
    const response = await this.http.get<AstraPage<AstraWebhookResultWire>>(`${A.paths.webhooks}/results`, {
      searchParams: { webhookId: query.webhookId, page: query.page, size: query.size },
    });
    const items = response.body.content.map(deliveryFromWire).filter((record): record is WebhookDeliveryRecord => record !== null);
    return { items, totalElements: response.body.totalElements };
  }

  deliveries(query: { webhookId: string; offset: number; limit: number }): Promise<Page<WebhookDeliveryRecord>> {
    return fetchWindow(query.offset, query.limit, (page, size) => this.results({ webhookId: query.webhookId, page, size }));
  }

  private pathOf(webhookId: string): string {
    return `${A.paths.webhooks}/${pathSegment(webhookId)}`;
  }

  private known(wire: AstraWebhookWire): WebhookRecord {
    const record = webhookFromWire(wire);
    // Only reachable if Astra answers a type it refuses as input (ASM-A17 validates `type`).
    if (!record) throw new Error(`Astra answered a webhook of an unknown type: ${String(wire.type).slice(0, 40)}`);
    return record;
  }
}
