import { portKey } from '../ports';
import type { ProviderCode } from '../../providers';
import type { CardSecurityCodeValue, DocumentValue } from '../../lib/scalar-values';
import type { CalendarDate } from '../../lib/brasilia-calendar';
import type { CardDetails, CardInputLimits } from '../card-input';
import type { Page } from '../models';
import type { CardRecurrenceFrequency, CardRecurrenceRecord, CardRecurrenceScheduleRecord, CardRecurrenceScheduleStatus, CardRecurrenceStatus } from './model';

export interface CardRecurrenceLimits extends CardInputLimits {
  minAmountCents: number;
  maxAmountCents: number;
  referenceMax: number;
  descriptionMax: number;
  countMax: number;
  maxAttemptsMax: number;
  defaultMaxAttempts: number;
}

export interface CreateCardRecurrenceCommand {
  card: CardDetails;
  securityCode: CardSecurityCodeValue;
  amountCents: number;
  frequency: CardRecurrenceFrequency;
  /** Number of charges; absent = until cancelled (INDETERMINATE). */
  count?: number;
  startDate: CalendarDate;
  maxAttempts: number;
  validateCard: boolean;
  payerDocument: DocumentValue;
  description?: string;
  reference?: string;
}

export interface CardRecurrenceQuery {
  offset: number;
  limit: number;
  status?: CardRecurrenceStatus;
  reference?: string;
  payerDocument?: string;
}

/**
 * Card recurrences (ASM-A47…A49). The charges a recurrence makes
 * are card transactions: they are read through the cards port (`recurrenceId` filter).
 */
export interface CardRecurrencePort {
  readonly code: ProviderCode;
  readonly limits: CardRecurrenceLimits;
  /** Creation charges nothing (except the optional R$ 5,00 card check, cancelled at once). */
  create(command: CreateCardRecurrenceCommand): Promise<CardRecurrenceRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  get(recurrenceId: string): Promise<CardRecurrenceRecord>;
  list(query: CardRecurrenceQuery): Promise<Page<CardRecurrenceRecord>>;
  cancel(recurrenceId: string): Promise<CardRecurrenceRecord>;
  /** In installment order; throws ProviderNotFoundError for an unknown recurrence. */
  listSchedules(recurrenceId: string, offset: number, limit: number, status?: CardRecurrenceScheduleStatus): Promise<Page<CardRecurrenceScheduleRecord>>;
  cancelSchedule(recurrenceId: string, scheduleId: string): Promise<CardRecurrenceScheduleRecord>;
}

export const CARD_RECURRENCES = portKey<CardRecurrencePort>('cardRecurrences', 'charge cards on a recurring schedule');
