import type { ProviderCode } from '../../providers';
import { portKey } from '../ports';
import type { Page } from '../models';
import type { PixChargeRecord, PixChargeStatus } from './model';

/** Input limits enforced by Paygraph before any provider call. */
export interface PixChargeLimits {
  minAmountCents: number;
  maxAmountCents: number;
  descriptionMax: number;
  referenceMax: number;
  debtorNameMax: number;
  expiresInMin: number;
  expiresInMax: number;
}

export interface CreatePixChargeCommand {
  amountCents: number;
  expiresInSeconds?: number;
  description?: string;
  reference?: string;
  debtor?: { name?: string; document: { kind: 'CPF' | 'CNPJ'; value: string } };
  onlyDebtorMayPay?: boolean;
}

/** Who asks and their idempotency key: a provider that lets the caller name the charge derives its id from these. */
export interface IdempotencyScope {
  clientId: string;
  key: string;
}

/** Create and read Pix charges (dynamic QR codes). */
export interface PixChargePort {
  readonly code: ProviderCode;
  readonly limits: PixChargeLimits;
  /**
   * True when `createCharge` with an idempotency scope names the charge by it (API Pix: a derived
   * `txid`), so repeating it after an unanswered attempt cannot create a second charge.
   */
  readonly idempotentByKey?: boolean;
  createCharge(command: CreatePixChargeCommand, idempotency?: IdempotencyScope): Promise<PixChargeRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  getCharge(txid: string): Promise<PixChargeRecord>;
}

export const PIX_CHARGES = portKey<PixChargePort>('pixCharges', 'create or read Pix charges');

export interface ChargeListQuery {
  offset: number;
  limit: number;
  status?: PixChargeStatus;
  reference?: string;
  debtorDocument?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

/** Filters a provider's charge list understands; anything else is NOT_SUPPORTED before a call. */
export interface PixChargeListFilters {
  status: boolean;
  reference: boolean;
  debtorDocument: boolean;
  createdRange: boolean;
}

/** List Pix charges (Pagstar has no list: it does not bind this). */
export interface PixChargeListPort {
  readonly code: ProviderCode;
  readonly listFilters: PixChargeListFilters;
  listCharges(query: ChargeListQuery): Promise<Page<PixChargeRecord>>;
}

export const PIX_CHARGE_LIST = portKey<PixChargeListPort>('pixChargeList', 'list Pix charges (read one with node(id:))');
