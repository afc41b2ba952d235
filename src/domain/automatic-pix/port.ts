import { portKey } from '../ports';
import type { ProviderCode } from '../../providers';
import type { Page } from '../models';
import type {
  AutomaticPixAuthorizationRecord,
  AutomaticPixAuthorizationStatus,
  AutomaticPixParticipantRecord,
  AutomaticPixPaymentRecord,
  AutomaticPixPaymentStatus,
  CalendarDate,
  CreateAutomaticPixAuthorizationCommand,
  CreateAutomaticPixPaymentCommand,
  RetryAutomaticPixPaymentCommand,
} from './model';

/** A provider's input limits for Automatic Pix, checked before any call. */
export interface AutomaticPixLimits {
  maxAmountCents: number;
  descriptionMax: number;
  referenceMax: number;
  contractReferenceMax: number;
  nameMax: number;
  creditorsMax: number;
}

export interface AuthorizationListQuery {
  offset: number;
  limit: number;
  status?: AutomaticPixAuthorizationStatus;
  contractReference?: string;
  payerDocument?: string;
}

export interface PaymentListQuery {
  offset: number;
  limit: number;
  authorizationId?: string;
  status?: AutomaticPixPaymentStatus;
  scheduledFrom?: CalendarDate;
  scheduledTo?: CalendarDate;
}

/** Automatic Pix (Pix Automático): authorizations and the recurring payments under them. */
export interface AutomaticPixPort {
  readonly code: ProviderCode;
  readonly limits: AutomaticPixLimits;
  listParticipants(offset: number, limit: number): Promise<Page<AutomaticPixParticipantRecord>>;
  createAuthorization(command: CreateAutomaticPixAuthorizationCommand): Promise<AutomaticPixAuthorizationRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  getAuthorization(authorizationId: string): Promise<AutomaticPixAuthorizationRecord>;
  listAuthorizations(query: AuthorizationListQuery): Promise<Page<AutomaticPixAuthorizationRecord>>;
  createPayment(command: CreateAutomaticPixPaymentCommand): Promise<AutomaticPixPaymentRecord>;
  retryPayment(command: RetryAutomaticPixPaymentCommand): Promise<AutomaticPixPaymentRecord>;
  /** Throws ProviderNotFoundError for an unknown id. */
  getPayment(paymentId: string): Promise<AutomaticPixPaymentRecord>;
  listPayments(query: PaymentListQuery): Promise<Page<AutomaticPixPaymentRecord>>;
}

export const AUTOMATIC_PIX = portKey<AutomaticPixPort>('automaticPix', 'manage Automatic Pix authorizations and payments');
