/** Astra webhook-management wire shapes (ASM-A17, ASM-A18, docs/providers.md). */

/** ASM-A17 webhook object. */
export interface AstraWebhookWire {
  id: string;
  url: string;
  type: string;
  createdAt: string | null;
  updatedAt: string | null;
}

/** ASM-A17 create/update body (PUT is a full replacement: both fields). */
export interface AstraWebhookBody {
  url: string;
  type: string;
}

/** ASM-A18 delivery record ("webhook result"). `payload` is not read: it may carry personal data. */
export interface AstraWebhookResultWire {
  id: string;
  webhookId: string;
  type: string;
  url: string;
  attempt: number;
  success: boolean;
  httpStatus: number | null;
  errorMessage: string | null;
  attemptedAt: string;
}
