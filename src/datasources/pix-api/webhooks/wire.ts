import type { PixApiPaging } from '../wire';

/** `WebhookCompleto` (`GET /webhook/{chave}`, items of `GET /webhook`). */
export interface PixApiWebhookWire {
  webhookUrl: string;
  chave: string;
  criacao?: string;
}

/** `WebhooksConsultados` (`GET /webhook`). */
export interface PixApiWebhookListWire {
  parametros?: { inicio?: string; fim?: string; paginacao?: PixApiPaging };
  webhooks: PixApiWebhookWire[];
}
