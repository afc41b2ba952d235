import type { ProviderCode } from '../../providers';
import type { MoneyValue } from '../models';

export enum PaymentLinkStatus {
  CREATED = 'CREATED',
  PAID = 'PAID',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  /** The provider reported a status Paygraph does not know yet; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

export enum PaymentLinkPaymentMethod {
  PIX = 'PIX',
  CREDIT_CARD = 'CREDIT_CARD',
  /** A method Paygraph does not know yet; see `providerMethod`. */
  UNKNOWN = 'UNKNOWN',
}

export interface InstallmentOptionRecord {
  count: number;
  installmentAmount: MoneyValue;
  totalAmount: MoneyValue;
}

export interface PaymentLinkPaymentRecord {
  paymentId: string;
  method: PaymentLinkPaymentMethod;
  providerMethod: string;
  /** NSU for card, end-to-end id for Pix. */
  receipt: string | null;
  paidAt: Date | null;
  amount: MoneyValue;
}

export interface PaymentLinkRecord {
  __typename: 'PaymentLink';
  id: string;
  provider: ProviderCode;
  providerId: string;
  status: PaymentLinkStatus;
  providerStatus: string | null;
  url: string | null;
  amount: MoneyValue;
  installments: number;
  installmentOptions: InstallmentOptionRecord[];
  payerName: string | null;
  payerDocument: string | null;
  description: string | null;
  reference: string | null;
  createdAt: Date | null;
  expiresAt: Date | null;
  payment: PaymentLinkPaymentRecord | null;
}
