import { portKey } from '../ports';
import type { ProviderCode } from '../../providers';
import type { CardSecurityCodeValue, DocumentValue } from '../../lib/scalar-values';
import type { CardDetails, CardInputLimits } from '../card-input';
import type { Page } from '../models';
import type { CardTransactionRecord, CardTransactionStatus, SavedCardRecord } from './model';

export interface CardLimits extends CardInputLimits {
  minAmountCents: number;
  maxAmountCents: number;
  maxInstallments: number;
  descriptionMax: number;
  referenceMax: number;
}

interface ChargeCommon {
  amountCents: number;
  installments: number;
  description?: string;
  reference?: string;
  payerDocument?: DocumentValue;
  /** Marker of this idempotent attempt, echoed in the description so a retry can find the transaction. */
  attemptTag?: string;
}

export type ChargeCardCommand = ChargeCommon & ({ card: CardDetails; securityCode: CardSecurityCodeValue } | { savedCardToken: string; securityCode?: CardSecurityCodeValue });

export interface SaveCardCommand {
  card: CardDetails;
  holderDocument?: DocumentValue;
  reference?: string;
}

export interface CardTransactionQuery {
  offset: number;
  limit: number;
  status?: CardTransactionStatus;
  reference?: string;
  nsu?: string;
  savedCardToken?: string;
  /** Only the charges of this recurrence (its whole life: no default date window). */
  recurrenceId?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

/** Card transactions and tokenized cards (ASM-A44…A46, A50). */
export interface CardPort {
  readonly code: ProviderCode;
  readonly limits: CardLimits;
  /** Declines are answers, not errors: the record comes back with status DECLINED. */
  charge(command: ChargeCardCommand): Promise<CardTransactionRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  getTransaction(transactionId: string): Promise<CardTransactionRecord>;
  listTransactions(query: CardTransactionQuery): Promise<Page<CardTransactionRecord>>;
  /** Every transaction whose description carries one of the tags, created since `since`, oldest first (retry reconciliation). */
  findByAttemptTags(tags: string[], since: Date, reference?: string): Promise<CardTransactionRecord[]>;
  cancel(transactionId: string): Promise<CardTransactionRecord>;
  saveCard(command: SaveCardCommand): Promise<SavedCardRecord>;
  getSavedCard(token: string): Promise<SavedCardRecord>;
  listSavedCards(offset: number, limit: number): Promise<Page<SavedCardRecord>>;
  deleteSavedCard(token: string): Promise<SavedCardRecord>;
}

export const CARDS = portKey<CardPort>('cards', 'charge cards or keep saved cards');
