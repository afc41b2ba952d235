import type { CardBrandCode } from '../../lib/card-data';
import type { ProviderCode } from '../../providers';
import type { MoneyValue } from '../models';

export enum CardTransactionStatus {
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  CHARGED_BACK = 'CHARGED_BACK',
  /** The provider reported a status Paygraph does not know yet; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

/** A card transaction as Paygraph shows it: never more of the card than first 6 + last 4. */
export interface CardTransactionRecord {
  __typename: 'CardTransaction';
  id: string;
  provider: ProviderCode;
  transactionId: string;
  status: CardTransactionStatus;
  providerStatus: string;
  amount: MoneyValue;
  installments: number;
  brand: CardBrandCode;
  maskedNumber: string;
  holderName: string | null;
  authorizationCode: string | null;
  nsu: string | null;
  returnCode: string | null;
  returnMessage: string | null;
  description: string | null;
  reference: string | null;
  savedCardToken: string | null;
  /** Provider id of the card recurrence that made this charge (ASM-A49), if any. */
  recurrenceId: string | null;
  createdAt: Date | null;
  /** Astra captures on authorization (ASM-A45): the creation time of an APPROVED transaction. */
  capturedAt: Date | null;
  cancelledAt: Date | null;
}

/** A tokenized card (ASM-A50): the provider's token and the masked number, nothing else of the card. */
export interface SavedCardRecord {
  __typename: 'SavedCard';
  id: string;
  provider: ProviderCode;
  token: string;
  brand: CardBrandCode;
  maskedNumber: string;
  holderName: string;
  expiryMonth: number;
  expiryYear: number;
  reference: string | null;
  createdAt: Date | null;
}
