import type { CardBrandCode } from '../../lib/card-data';
import type { ProviderCode } from '../../providers';
import type { CalendarDate } from '../../lib/brasilia-calendar';
import type { MoneyValue } from '../models';
import type { CardRecurrenceAttemptValue } from './attempts';

export enum CardRecurrenceStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  /** The provider reported a status Paygraph does not know yet; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

export enum CardRecurrenceFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
}

export enum CardRecurrenceType {
  /** A fixed number of charges (`count`). */
  LIMITED_TIMES = 'LIMITED_TIMES',
  /** Until cancelled. */
  INDETERMINATE = 'INDETERMINATE',
}

export enum CardRecurrenceCancelReason {
  CLIENT_REQUEST = 'CLIENT_REQUEST',
  MAX_ATTEMPTS_REACHED = 'MAX_ATTEMPTS_REACHED',
  OTHER = 'OTHER',
}

export enum CardRecurrenceScheduleStatus {
  SCHEDULED = 'SCHEDULED',
  PAID = 'PAID',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  UNKNOWN = 'UNKNOWN',
}

/** A card recurrence (ASM-A48): never more of the card than first 6 + last 4. */
export interface CardRecurrenceRecord {
  __typename: 'CardRecurrence';
  id: string;
  provider: ProviderCode;
  recurrenceId: string;
  status: CardRecurrenceStatus;
  providerStatus: string;
  cancelReason: CardRecurrenceCancelReason | null;
  type: CardRecurrenceType;
  frequency: CardRecurrenceFrequency;
  startDate: CalendarDate;
  count: number | null;
  executedCharges: number;
  nextChargeDate: CalendarDate | null;
  amount: MoneyValue;
  maxAttempts: number;
  brand: CardBrandCode;
  maskedNumber: string;
  holderName: string | null;
  description: string | null;
  reference: string | null;
  createdAt: Date | null;
  cancelledAt: Date | null;
  /**
   * Set on the subject of a CARD_RECURRENCE_ATTEMPT / CARD_RECURRING_CHARGED event: the attempt it
   * is about. Absent on plain reads (`latestAttempt` then reads the schedules).
   */
  attempt?: CardRecurrenceAttemptValue;
}

/** One planned charge of a recurrence (ASM-A49). Not a Node: the provider reads schedules only as a list. */
export interface CardRecurrenceScheduleRecord {
  provider: ProviderCode;
  scheduleId: string;
  recurrenceId: string;
  installmentNumber: number;
  scheduledDate: CalendarDate;
  amount: MoneyValue;
  status: CardRecurrenceScheduleStatus;
  providerStatus: string;
  attempts: number;
  transactionId: string | null;
  paidAt: Date | null;
  updatedAt: Date | null;
}
