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
  /** The provider's figure for one installment (Astra: amount / count, half-up); count × it may miss the total. */
  installmentAmount: MoneyValue;
  /** Each of the `count` installments as the provider charges them: they add up to `totalAmount`. */
  installmentAmounts: MoneyValue[];
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
  /** The provider's code for the link (Astra ASM-A57); server credentials only, never a browser's. */
  verificationToken: string | null;
  description: string | null;
  reference: string | null;
  createdAt: Date | null;
  expiresAt: Date | null;
  payment: PaymentLinkPaymentRecord | null;
}
