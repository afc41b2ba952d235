import type { ProviderCode } from '../../providers';
import type { MoneyValue } from '../models';

/** Batch statuses (ASM-A31). Terminal: COMPLETED, PARTIALLY_COMPLETED, FAILED, CANCELLED. */
export enum PixPayoutBatchStatus {
  CREATED = 'CREATED',
  PROCESSING = 'PROCESSING',
  COMPLETED = 'COMPLETED',
  PARTIALLY_COMPLETED = 'PARTIALLY_COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

export enum PixPayoutStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  UNKNOWN = 'UNKNOWN',
}

export enum PixKeyType {
  CPF = 'CPF',
  CNPJ = 'CNPJ',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  RANDOM = 'RANDOM',
}

export enum DebitAccountType {
  CHECKING = 'CHECKING',
  SAVINGS = 'SAVINGS',
}

export interface DebitAccountValue {
  agency: string;
  account: string;
  accountDigit: string;
  accountType: DebitAccountType;
}

export interface PixKeyValue {
  type: PixKeyType;
  value: string;
}

export interface PixPayoutBatchRecord {
  __typename: 'PixPayoutBatch';
  id: string;
  provider: ProviderCode;
  /** The provider's id (Astra checkoutId), derived from the client's idempotencyKey. */
  batchId: string;
  status: PixPayoutBatchStatus;
  providerStatus: string | null;
  debitAccount: DebitAccountValue | null;
  paymentCount: number;
  totalAmount: MoneyValue;
  paidCount: number;
  paidAmount: MoneyValue;
  reference: string | null;
  createdAt: Date | null;
  releasedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
}

/** One payment of a batch (GraphQL `PixPayout`, a Node: global id from payout-id.ts). */
export interface PixPayoutRecord {
  __typename: 'PixPayout';
  id: string;
  provider: ProviderCode;
  /** The batch it belongs to (`PixPayout.batch` loads it). */
  batchId: string;
  paymentId: string;
  pixKey: PixKeyValue | null;
  amount: MoneyValue;
  beneficiaryName: string;
  description: string | null;
  scheduledDate: string | null;
  reference: string | null;
  status: PixPayoutStatus;
  providerStatus: string;
  endToEndId: string | null;
  processedAt: Date | null;
  failureReason: string | null;
}
