import type { ProviderCode } from '../../providers';
import type { DocumentValue } from '../../lib/scalar-values';
import type { CalendarDate } from '../../lib/brasilia-calendar';
import { portKey } from '../ports';
import type { Page } from '../models';
import type { DueDateChargeTerms, DueDatePixChargeRecord, DueDatePixChargeStatus } from './model';

/** Input limits enforced by Paygraph before any provider call (the API Pix's, ASM-X50). */
export interface DueDatePixChargeLimits {
  minAmountCents: number;
  maxAmountCents: number;
  descriptionMax: number;
  debtorNameMax: number;
  maxFixedDateDiscounts: number;
}

export interface CreateDueDatePixChargeCommand extends DueDateChargeTerms {
  amountCents: number;
  dueDate: CalendarDate;
  /** Absent: the provider's default (30 days in the API Pix). */
  daysValidAfterDueDate?: number;
  debtor: { name: string; document: DocumentValue };
  description?: string;
}

/**
 * Who asks for a create: the provider derives the charge's id from it, so the same (client, key)
 * always names the same charge and a retried create cannot make a second one (docs/idempotency.md).
 * `earlierAttempt`: an attempt with this key may already have created it; read before writing.
 */
export interface CreateKey {
  clientId: string;
  idempotencyKey: string;
  earlierAttempt: boolean;
}

/** A revision: only what is given changes (`PATCH`). */
export type UpdateDueDatePixChargeCommand = Partial<CreateDueDatePixChargeCommand>;

export interface DueDateChargeListQuery {
  offset: number;
  limit: number;
  createdFrom: Date;
  createdTo: Date;
  status?: DueDatePixChargeStatus;
  debtorDocument?: string;
}

/**
 * Create, read, revise, cancel and list charges with a due date. Only the API Pix has them
 * (`/cobv`); Astra and Pagstar bind nothing and the registry answers NOT_SUPPORTED.
 */
export interface DueDatePixChargePort {
  readonly code: ProviderCode;
  readonly limits: DueDatePixChargeLimits;
  create(command: CreateDueDatePixChargeCommand, key: CreateKey): Promise<DueDatePixChargeRecord>;
  /** Throws ProviderNotFoundError for an unknown txid. */
  get(txid: string): Promise<DueDatePixChargeRecord>;
  update(txid: string, command: UpdateDueDatePixChargeCommand): Promise<DueDatePixChargeRecord>;
  cancel(txid: string): Promise<DueDatePixChargeRecord>;
  list(query: DueDateChargeListQuery): Promise<Page<DueDatePixChargeRecord>>;
}

export const DUE_DATE_PIX_CHARGES = portKey<DueDatePixChargePort>('dueDatePixCharges', 'create or read Pix charges with a due date');
