import type { ProviderCode } from '../../providers';
import { portKey } from '../ports';
import type { Page } from '../models';
import type { DebitAccountValue, PixKeyValue, PixPayoutBatchRecord, PixPayoutRecord, PixPayoutStatus } from './model';

/** Input limits enforced by Paygraph before any provider call (ASM-A30). */
export interface PixPayoutLimits {
  maxPayments: number;
  minAmountCents: number;
  maxAmountCents: number;
  idMax: number;
  beneficiaryNameMax: number;
  descriptionMax: number;
  referenceMax: number;
  emailMax: number;
}

export interface PixPayoutCommand {
  paymentId: string;
  pixKey: PixKeyValue;
  amountCents: number;
  beneficiaryName: string;
  description?: string;
  scheduledDate?: string;
  reference?: string;
}

export interface CreatePixPayoutBatchCommand {
  batchId: string;
  debitAccount: DebitAccountValue;
  payments: PixPayoutCommand[];
  reference?: string;
}

export interface PayoutListQuery {
  offset: number;
  limit: number;
  status?: PixPayoutStatus;
}

/** Pix payout batches (Astra Pix Checkout, ASM-A30…A35 in docs/providers.md). Unknown ids throw ProviderNotFoundError. */
export interface PixPayoutPort {
  readonly code: ProviderCode;
  readonly limits: PixPayoutLimits;
  createBatch(command: CreatePixPayoutBatchCommand): Promise<PixPayoutBatchRecord>;
  getBatch(batchId: string): Promise<PixPayoutBatchRecord>;
  listPayments(batchId: string, query: PayoutListQuery): Promise<Page<PixPayoutRecord>>;
  releaseBatch(batchId: string): Promise<PixPayoutBatchRecord>;
  cancelBatch(batchId: string): Promise<PixPayoutBatchRecord>;
}

export const PIX_PAYOUTS = portKey<PixPayoutPort>('pixPayouts', 'send Pix payout batches');
