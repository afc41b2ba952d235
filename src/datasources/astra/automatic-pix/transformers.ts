import {
  AutomaticPixAuthorizationStatus as AuthStatus,
  AutomaticPixPaymentStatus as PayStatus,
  AutomaticPixPeriodicity,
  type AutomaticPixAuthorizationRecord,
  type AutomaticPixPaymentRecord,
  type CreateAutomaticPixAuthorizationCommand,
  type CreateAutomaticPixPaymentCommand,
} from '../../../domain/automatic-pix/model';
import { encodeGlobalId } from '../../../lib/global-id';
import { parseInstant } from '../transformers';
import { centsToWire, moneyFromWire, optionalMoneyFromWire } from './wire-cents';
import type { AstraAuthorizationWire, AstraCreateAuthorizationBody, AstraCreatePaymentBody, AstraPaymentWire } from './wire';

/** ASM-A39 statuses. Astra spells it CANCELED; anything unknown is UNKNOWN with the raw value kept. */
const AUTH_STATUS: Record<string, AuthStatus> = {
  PENDING: AuthStatus.PENDING,
  APPROVED: AuthStatus.APPROVED,
  REJECTED: AuthStatus.REJECTED,
  EXPIRED: AuthStatus.EXPIRED,
  CANCELED: AuthStatus.CANCELLED,
};

/** ASM-A41 statuses. */
const PAY_STATUS: Record<string, PayStatus> = {
  SCHEDULED: PayStatus.SCHEDULED,
  PAID: PayStatus.PAID,
  FAILED: PayStatus.FAILED,
  CANCELED: PayStatus.CANCELLED,
};

const WIRE_STATUS_OF_AUTH = Object.fromEntries(Object.entries(AUTH_STATUS).map(([wire, status]) => [status, wire])) as Partial<Record<AuthStatus, string>>;
const WIRE_STATUS_OF_PAY = Object.fromEntries(Object.entries(PAY_STATUS).map(([wire, status]) => [status, wire])) as Partial<Record<PayStatus, string>>;

export const authorizationStatusToWire = (status: AuthStatus): string | undefined => WIRE_STATUS_OF_AUTH[status];
export const paymentStatusToWire = (status: PayStatus): string | undefined => WIRE_STATUS_OF_PAY[status];

export function createAuthorizationToWire(command: CreateAutomaticPixAuthorizationCommand): AstraCreateAuthorizationBody {
  return {
    user: command.payer,
    participantId: command.participantIspb,
    creditors: command.creditors,
    ...(command.description !== undefined ? { description: command.description } : {}),
    ...(command.maxAmountCents !== undefined ? { maxAmount: centsToWire(command.maxAmountCents) } : {}),
    ...(command.minAmountCents !== undefined ? { minAmount: centsToWire(command.minAmountCents) } : {}),
    retryAccepted: command.retryAccepted,
    periodicity: command.periodicity,
    startDate: command.startDate,
    contractId: command.contractReference,
    ...(command.contractDebtor ? { contractDebtor: command.contractDebtor } : {}),
    ...(command.firstPayment ? { firstPayment: { amount: centsToWire(command.firstPayment.amountCents), date: command.firstPayment.date } } : {}),
  };
}

export function authorizationFromWire(wire: AstraAuthorizationWire): AutomaticPixAuthorizationRecord {
  const periodicity = (Object.values(AutomaticPixPeriodicity) as string[]).includes(wire.periodicity) ? (wire.periodicity as AutomaticPixPeriodicity) : null;
  return {
    __typename: 'AutomaticPixAuthorization',
    id: encodeGlobalId('AutomaticPixAuthorization', 'ASTRA', wire.authorizationId),
    provider: 'ASTRA',
    authorizationId: wire.authorizationId,
    status: AUTH_STATUS[wire.status] ?? AuthStatus.UNKNOWN,
    providerStatus: wire.status,
    payer: { name: wire.user.name, document: wire.user.document },
    contractDebtor: wire.contractDebtor ? { name: wire.contractDebtor.name, document: wire.contractDebtor.document } : null,
    participant: { ispb: wire.participantId, name: null },
    creditors: wire.creditors.map((creditor) => ({ name: creditor.name, document: creditor.document })),
    description: wire.description ?? null,
    minAmount: optionalMoneyFromWire(wire.minAmount),
    maxAmount: optionalMoneyFromWire(wire.maxAmount),
    retryAccepted: wire.retryAccepted ?? false,
    periodicity,
    providerPeriodicity: wire.periodicity,
    startDate: wire.startDate,
    contractReference: wire.contractId,
    firstPayment: wire.firstPayment ? { amount: moneyFromWire(wire.firstPayment.amount), date: wire.firstPayment.date } : null,
    createdAt: parseInstant(wire.createdAt),
    updatedAt: parseInstant(wire.updatedAt),
  };
}

export function createPaymentToWire(command: CreateAutomaticPixPaymentCommand): AstraCreatePaymentBody {
  return {
    authorizationId: command.authorizationId,
    amount: centsToWire(command.amountCents),
    dueDate: command.dueDate,
    ...(command.description !== undefined ? { description: command.description } : {}),
    ...(command.reference !== undefined ? { userReference: command.reference } : {}),
  };
}

export function paymentFromWire(wire: AstraPaymentWire): AutomaticPixPaymentRecord {
  return {
    __typename: 'AutomaticPixPayment',
    id: encodeGlobalId('AutomaticPixPayment', 'ASTRA', wire.paymentId),
    provider: 'ASTRA',
    paymentId: wire.paymentId,
    authorizationId: wire.authorizationId,
    status: PAY_STATUS[wire.status] ?? PayStatus.UNKNOWN,
    providerStatus: wire.status,
    amount: moneyFromWire(wire.amount),
    dueDate: wire.dueDate,
    scheduledDate: wire.scheduledDate,
    retryCount: wire.retryCount,
    endToEndId: wire.endToEndId ?? null,
    failureReason: wire.failureReason ?? null,
    description: wire.description ?? null,
    reference: wire.userReference ?? null,
    createdAt: parseInstant(wire.createdAt),
    updatedAt: parseInstant(wire.updatedAt),
    paidAt: parseInstant(wire.paidAt),
  };
}
