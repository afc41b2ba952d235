import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { expiryToWire, type CardBrandCode } from '../../../lib/card-data';
import { brl } from '../../../domain/models';
import {
  CardRecurrenceCancelReason,
  CardRecurrenceFrequency,
  CardRecurrenceScheduleStatus,
  CardRecurrenceStatus,
  CardRecurrenceType,
  type CardRecurrenceRecord,
  type CardRecurrenceScheduleRecord,
} from '../../../domain/card-recurrences/model';
import type { CreateCardRecurrenceCommand } from '../../../domain/card-recurrences/port';
import { parseInstant } from '../transformers';
import type { AstraCardRecurrenceWire, AstraCardScheduleWire } from './wire';

const STATUS: Record<string, CardRecurrenceStatus> = {
  ACTIVE: CardRecurrenceStatus.ACTIVE,
  COMPLETED: CardRecurrenceStatus.COMPLETED,
  CANCELED: CardRecurrenceStatus.CANCELLED,
};
const SCHEDULE_STATUS: Record<string, CardRecurrenceScheduleStatus> = {
  SCHEDULED: CardRecurrenceScheduleStatus.SCHEDULED,
  PAID: CardRecurrenceScheduleStatus.PAID,
  FAILED: CardRecurrenceScheduleStatus.FAILED,
  CANCELED: CardRecurrenceScheduleStatus.CANCELLED,
};
const CANCEL_REASONS = new Set<string>([CardRecurrenceCancelReason.CLIENT_REQUEST, CardRecurrenceCancelReason.MAX_ATTEMPTS_REACHED]);
const BRANDS = new Set(['VISA', 'MASTERCARD', 'AMEX', 'ELO', 'OTHER']);

export function recurrenceStatusToWire(status: CardRecurrenceStatus): string | undefined {
  return Object.entries(STATUS).find(([, value]) => value === status)?.[0];
}

/** The request body (ASM-A47): the only place the PAN and CVV leave their private fields. */
export function createRecurrenceToWire(command: CreateCardRecurrenceCommand): Record<string, unknown> {
  return {
    recurrenceType: command.count === undefined ? CardRecurrenceType.INDETERMINATE : CardRecurrenceType.LIMITED_TIMES,
    recurrenceFrequency: command.frequency,
    startDate: command.startDate,
    numberInstallments: command.count,
    amount: centsToReais(command.amountCents),
    cardNumber: command.card.number.digits(),
    nameCreditCard: command.card.holderName,
    expirationDate: expiryToWire(command.card.expiryYear, command.card.expiryMonth),
    cvv: command.securityCode.code(),
    validateCard: command.validateCard,
    document: command.payerDocument.value,
    userReference: command.reference,
    description: command.description,
    maxAttempts: command.maxAttempts,
    // Required, content undocumented (ASM-A47: a flat string map, may be empty).
    infoData: {},
  };
}

function enumOf<T extends string>(values: Record<string, T>, raw: string, fallback: T): T {
  return (Object.values(values) as string[]).includes(raw) ? (raw as T) : fallback;
}

export function recurrenceFromWire(wire: AstraCardRecurrenceWire): CardRecurrenceRecord {
  return {
    __typename: 'CardRecurrence',
    id: encodeGlobalId('CardRecurrence', 'ASTRA', wire.recurrenceId),
    provider: 'ASTRA',
    recurrenceId: wire.recurrenceId,
    status: STATUS[wire.status] ?? CardRecurrenceStatus.UNKNOWN,
    providerStatus: wire.status,
    cancelReason: wire.cancelReason === null ? null : CANCEL_REASONS.has(wire.cancelReason) ? (wire.cancelReason as CardRecurrenceCancelReason) : CardRecurrenceCancelReason.OTHER,
    type: wire.numberInstallments === null ? CardRecurrenceType.INDETERMINATE : CardRecurrenceType.LIMITED_TIMES,
    frequency: enumOf(CardRecurrenceFrequency, wire.recurrenceFrequency, CardRecurrenceFrequency.MONTHLY),
    startDate: wire.startDate,
    count: wire.numberInstallments,
    executedCharges: wire.executedInstallments,
    nextChargeDate: wire.nextScheduleDate,
    amount: brl(reaisToCents(wire.amount)),
    maxAttempts: wire.maxAttempts,
    brand: BRANDS.has(wire.cardBrand) ? (wire.cardBrand as CardBrandCode) : 'OTHER',
    maskedNumber: wire.maskedCardNumber,
    holderName: wire.nameCreditCard,
    description: wire.description,
    reference: wire.userReference,
    createdAt: parseInstant(wire.createdAt),
    cancelledAt: parseInstant(wire.canceledAt),
  };
}

export function scheduleFromWire(wire: AstraCardScheduleWire): CardRecurrenceScheduleRecord {
  return {
    provider: 'ASTRA',
    scheduleId: wire.scheduleId,
    recurrenceId: wire.recurrenceId,
    installmentNumber: wire.installmentNumber,
    scheduledDate: wire.scheduledDate,
    amount: brl(reaisToCents(wire.amount)),
    status: SCHEDULE_STATUS[wire.status] ?? CardRecurrenceScheduleStatus.UNKNOWN,
    providerStatus: wire.status,
    attempts: wire.attempts,
    transactionId: wire.transactionId,
    paidAt: parseInstant(wire.paidAt),
    updatedAt: parseInstant(wire.updatedAt),
  };
}
