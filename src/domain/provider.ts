import type { ProviderCode } from '../providers';
import type { PixChargeRecord, PixChargeStatus, RefundRecord } from './models';

/** What a provider can do; asking for anything else is a NOT_SUPPORTED user error. */
export interface PixCapabilities {
  refunds: boolean;
  listCharges: boolean;
  /** Filters the provider's charge list understands. */
  listFilters: { status: boolean; reference: boolean; debtorDocument: boolean; createdRange: boolean };
}

/** Input limits enforced by Paygraph before any provider call. */
export interface PixLimits {
  minAmountCents: number;
  maxAmountCents: number;
  descriptionMax: number;
  referenceMax: number;
  expiresInMin: number;
  expiresInMax: number;
  refundReasonMax: number;
}

export interface CreatePixChargeCommand {
  amountCents: number;
  expiresInSeconds?: number;
  description?: string;
  reference?: string;
  debtor?: { name?: string; document: { kind: 'CPF' | 'CNPJ'; value: string } };
  onlyDebtorMayPay?: boolean;
}

export interface RefundCommand {
  txid: string;
  amountCents: number;
  reason?: string;
  /** Idempotency attempt id for the provider to echo back (ASM-A52), so a retry can find this refund. */
  attemptMarker?: string;
}

export interface ChargeListQuery {
  offset: number;
  limit: number;
  status?: PixChargeStatus;
  reference?: string;
  debtorDocument?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

export interface Page<T> {
  items: T[];
  totalCount: number | null;
  hasNextPage: boolean;
}

/** The key `PixCharge.refunds` batches on: the charge's id plus when it was created (a scan window hint). */
export interface ChargeRef {
  txid: string;
  createdAt: Date | null;
}

export interface PixChargeProvider {
  readonly code: ProviderCode;
  readonly capabilities: PixCapabilities;
  readonly limits: PixLimits;
  createCharge(command: CreatePixChargeCommand): Promise<PixChargeRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  getCharge(txid: string): Promise<PixChargeRecord>;
  listCharges(query: ChargeListQuery): Promise<Page<PixChargeRecord>>;
  requestRefund(command: RefundCommand): Promise<RefundRecord>;
  getRefund(refundId: string): Promise<RefundRecord>;
  /** All refunds of each charge, in as few calls as the provider allows (no N+1). */
  refundsOfCharges(charges: ChargeRef[]): Promise<Map<string, RefundRecord[]>>;
}
