import type { ProviderCode } from '../../providers';
import type { MoneyValue, PartyRecord } from '../models';
import type { CalendarDate } from '../../lib/brasilia-calendar';

export enum AutomaticPixAuthorizationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  /** The provider reported a status Paygraph does not know yet; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

export enum AutomaticPixPaymentStatus {
  SCHEDULED = 'SCHEDULED',
  PAID = 'PAID',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  UNKNOWN = 'UNKNOWN',
}

/** The five ISO-8601 cycles of Pix Automático (ASM-A38): weekly, monthly, quarterly, semi-annual, annual. */
export enum AutomaticPixPeriodicity {
  P1W = 'P1W',
  P1M = 'P1M',
  P3M = 'P3M',
  P6M = 'P6M',
  P1Y = 'P1Y',
}

/** A calendar date `yyyy-MM-dd` in the America/Sao_Paulo calendar (no time, no zone). */
export type { CalendarDate };

export interface AutomaticPixParticipantRecord {
  ispb: string;
  name: string | null;
}

export interface AutomaticPixAuthorizationRecord {
  __typename: 'AutomaticPixAuthorization';
  id: string;
  provider: ProviderCode;
  authorizationId: string;
  status: AutomaticPixAuthorizationStatus;
  providerStatus: string | null;
  payer: PartyRecord;
  contractDebtor: PartyRecord | null;
  participant: AutomaticPixParticipantRecord;
  creditors: PartyRecord[];
  description: string | null;
  minAmount: MoneyValue | null;
  maxAmount: MoneyValue | null;
  retryAccepted: boolean;
  /** Null when the provider sent a cycle outside the five known ones (kept raw in providerPeriodicity). */
  periodicity: AutomaticPixPeriodicity | null;
  providerPeriodicity: string;
  startDate: CalendarDate;
  contractReference: string;
  firstPayment: { amount: MoneyValue; date: CalendarDate } | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface AutomaticPixPaymentRecord {
  __typename: 'AutomaticPixPayment';
  id: string;
  provider: ProviderCode;
  paymentId: string;
  authorizationId: string;
  status: AutomaticPixPaymentStatus;
  providerStatus: string | null;
  amount: MoneyValue;
  /** The original date; never changes. */
  dueDate: CalendarDate;
  /** The date of the current execution (moved by a retry). */
  scheduledDate: CalendarDate;
  retryCount: number;
  endToEndId: string | null;
  failureReason: string | null;
  description: string | null;
  reference: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  paidAt: Date | null;
}

export interface PartyCommand {
  name: string;
  /** CPF/CNPJ digits. */
  document: string;
}

/** What a provider is asked to create, after validation (integer cents, never a float). */
export interface CreateAutomaticPixAuthorizationCommand {
  payer: PartyCommand;
  participantIspb: string;
  creditors: PartyCommand[];
  description?: string;
  minAmountCents?: number;
  maxAmountCents?: number;
  retryAccepted: boolean;
  periodicity: AutomaticPixPeriodicity;
  startDate: CalendarDate;
  contractReference: string;
  contractDebtor?: PartyCommand;
  firstPayment?: { amountCents: number; date: CalendarDate };
}

export interface CreateAutomaticPixPaymentCommand {
  authorizationId: string;
  amountCents: number;
  dueDate: CalendarDate;
  description?: string;
  reference?: string;
}

export interface RetryAutomaticPixPaymentCommand {
  paymentId: string;
  scheduledDate: CalendarDate;
}
