/** Astra's JSON shapes (ASM-A06 camelCase; money in reais as JSON numbers). Only this folder sees them. */

export interface AstraTokenResponse {
  access_token: string;
  expires_in: number;
}

export interface AstraErrorBody {
  errorCode?: number;
  message?: string;
  timestamp?: string;
  xTransactionId?: string;
  errors?: string[];
}

export interface AstraDebtorWire {
  name: string | null;
  naturalPersonIdentification: string | null;
  legalPersonIdentification: string | null;
}

export interface AstraPaymentWire {
  endToEndId: string;
  amount: number;
  paymentDate: string;
  payer: { documentNumber: string | null; name: string | null } | null;
}

/** ASM-A20 charge object. */
export interface AstraChargeWire {
  txid: string;
  status: string;
  amount: number;
  expiration: number;
  description: string | null;
  userReference: string | null;
  debtor: AstraDebtorWire | null;
  validateDebtor: boolean;
  emv: string | null;
  createdAt: string | null;
  expiresAt: string | null;
  payment: AstraPaymentWire | null;
  refundedAmount: number | null;
}

/** ASM-A19 create body. */
export interface AstraCreateChargeBody {
  amount: number;
  expiration?: number;
  description?: string;
  userReference?: string;
  debtor?: { name?: string; naturalPersonIdentification?: string; legalPersonIdentification?: string };
  validateDebtor?: boolean;
}

/** ASM-A23 refund object. */
export interface AstraRefundWire {
  refundId: string;
  txid: string;
  endToEndId: string | null;
  devolutionEndToEndId: string | null;
  amount: number;
  description: string | null;
  status: string;
  failureReason: string | null;
  createdAt: string | null;
  refundedAt: string | null;
}

/** ASM-A09 page envelope. */
export interface AstraPage<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

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
