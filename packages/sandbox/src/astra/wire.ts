/**
 * JSON shapes the Astra simulator puts on the wire (docs/providers.md). Money is reais as JSON numbers,
 * instants are ISO-8601 UTC with milliseconds (ASM-A06); absent values are `null`, never omitted.
 */

/** The 7 documented webhook types. */
export const WEBHOOK_TYPES = [
  'PIX_OUTBOUND',
  'PIX_QR_INBOUND',
  'PIX_QR_PARTNER_INBOUND',
  'CARD_PAYMENT_INBOUND',
  'CARD_CHARGEBACK',
  'CARD_RECURRING_INBOUND',
  'PAYMENT_LINK_INBOUND',
] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];

/** ASM-A20 (only `PAID` is documented). */
export const CHARGE_STATUSES = ['ACTIVE', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'EXPIRED'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/** ASM-A23. */
export const REFUND_STATUSES = ['PROCESSING', 'REFUNDED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export interface AstraErrorBodyWire {
  errorCode: number;
  message: string;
  timestamp: string;
  xTransactionId: string;
  errors: string[];
}

export interface OAuthErrorWire {
  error: string;
  error_description: string;
}

export interface TokenResponseWire {
  access_token: string;
  expires_in: number;
  refresh_expires_in: number;
  token_type: 'Bearer';
  'not-before-policy': number;
  scope: string;
}

export interface PayerWire {
  documentNumber: string;
  name: string;
}

export interface DebtorWire {
  name: string;
  naturalPersonIdentification: string | null;
  legalPersonIdentification: string | null;
}

export interface ChargePaymentWire {
  endToEndId: string;
  amount: number;
  paymentDate: string;
  payer: PayerWire;
}

export interface ChargeWire {
  txid: string;
  status: ChargeStatus;
  amount: number;
  expiration: number;
  description: string | null;
  userReference: string | null;
  debtor: DebtorWire | null;
  validateDebtor: boolean;
  emv: string;
  createdAt: string;
  expiresAt: string;
  payment: ChargePaymentWire | null;
  refundedAmount: number;
}

export interface RefundWire {
  refundId: string;
  txid: string;
  endToEndId: string;
  devolutionEndToEndId: string | null;
  amount: number;
  description: string | null;
  status: RefundStatus;
  failureReason: string | null;
  createdAt: string;
  refundedAt: string | null;
}

export interface WebhookWire {
  id: string;
  url: string;
  type: WebhookType;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryRecordWire {
  id: string;
  webhookId: string;
  type: WebhookType;
  url: string;
  attempt: number;
  success: boolean;
  httpStatus: number | null;
  errorMessage: string | null;
  payload: unknown;
  attemptedAt: string;
}

/** `PIX_QR_INBOUND` payload (ASM-A13); `devolutionEndToEndId` only on refund events. */
export interface PixQrInboundPayload {
  txid: string;
  amount: number;
  payer: PayerWire;
  endToEndId: string;
  devolutionEndToEndId?: string;
  type: 'PAYMENT' | 'REFUND';
  status: 'PAID' | 'REFUNDED';
  paymentDate: string;
  userReference: string | null;
}

/** ASM-A09 list envelope. */
export interface PageWire<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}
