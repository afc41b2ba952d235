import { centsToReais, reaisToCents } from '../../lib/money';
import { encodeGlobalId } from '../../lib/global-id';
import {
  brl,
  PixChargeStatus,
  RefundStatus,
  type PartyRecord,
  type PixChargeRecord,
  type RefundRecord,
} from '../../domain/models';
import type { CreatePixChargeCommand, RefundCommand } from '../../domain/provider';
import type { AstraChargeWire, AstraCreateChargeBody, AstraRefundWire } from './wire';
import { describeRefund, splitRefundDescription } from './refund-marker';
import { ASTRA_ASSUMPTIONS as A } from './assumptions';

/**
 * Exactly the ASM-A20 statuses (the key type makes a missing or extra one a compile error).
 * Anything else (e.g. a `CANCELED` Astra has never documented for charges) is kept raw in
 * `providerStatus` and mapped to UNKNOWN (ASM-A06, ASM-A53), not guessed.
 */
const CHARGE_STATUS: Record<(typeof A.chargeStatuses)[number], PixChargeStatus> = {
  ACTIVE: PixChargeStatus.ACTIVE,
  PAID: PixChargeStatus.PAID,
  PARTIALLY_REFUNDED: PixChargeStatus.PARTIALLY_REFUNDED,
  REFUNDED: PixChargeStatus.REFUNDED,
  EXPIRED: PixChargeStatus.EXPIRED,
};

/** ASM-A23 refund statuses. */
const REFUND_STATUS: Record<string, RefundStatus> = {
  PROCESSING: RefundStatus.PROCESSING,
  REFUNDED: RefundStatus.REFUNDED,
  FAILED: RefundStatus.FAILED,
};

function chargeStatusFromWire(raw: string): PixChargeStatus {
  return Object.prototype.hasOwnProperty.call(CHARGE_STATUS, raw) ? CHARGE_STATUS[raw as keyof typeof CHARGE_STATUS] : PixChargeStatus.UNKNOWN;
}

/** Reverse of CHARGE_STATUS, for the list filter; undefined for a status ASM-A20 lacks (ASM-A53). */
export function chargeStatusToWire(status: PixChargeStatus): string | undefined {
  return Object.entries(CHARGE_STATUS).find(([, value]) => value === status)?.[0];
}

export function chargeFromWire(wire: AstraChargeWire): PixChargeRecord {
  const payment = wire.payment;
  return {
    __typename: 'PixCharge',
    id: encodeGlobalId('PixCharge', 'ASTRA', wire.txid),
    provider: 'ASTRA',
    txid: wire.txid,
    status: chargeStatusFromWire(wire.status),
    providerStatus: wire.status,
    amount: brl(reaisToCents(wire.amount)),
    amountRefunded: brl(wire.refundedAmount == null ? 0 : reaisToCents(wire.refundedAmount)),
    description: wire.description ?? null,
    reference: wire.userReference ?? null,
    debtor: wire.debtor ? debtorFromWire(wire.debtor) : null,
    payer: payment?.payer ? { name: payment.payer.name ?? null, document: payment.payer.documentNumber ?? null } : null,
    brCode: wire.emv ?? null,
    checkoutUrl: null,
    createdAt: parseInstant(wire.createdAt),
    expiresAt: parseInstant(wire.expiresAt),
    paidAt: parseInstant(payment?.paymentDate),
    endToEndId: payment?.endToEndId ?? null,
  };
}

function debtorFromWire(debtor: NonNullable<AstraChargeWire['debtor']>): PartyRecord {
  return { name: debtor.name ?? null, document: debtor.naturalPersonIdentification ?? debtor.legalPersonIdentification ?? null };
}

export function refundFromWire(wire: AstraRefundWire): RefundRecord {
  // ASM-A52: the attempt tag is Paygraph's, not the caller's: Refund.reason shows only their text.
  const { reason, attemptMarker } = splitRefundDescription(wire.description);
  return {
    __typename: 'Refund',
    id: encodeGlobalId('Refund', 'ASTRA', wire.refundId),
    provider: 'ASTRA',
    refundId: wire.refundId,
    status: REFUND_STATUS[wire.status] ?? RefundStatus.UNKNOWN,
    providerStatus: wire.status,
    amount: brl(reaisToCents(wire.amount)),
    reason,
    // The refund's own end-to-end id is `devolutionEndToEndId`; `endToEndId` is the payment's (ASM-A23).
    endToEndId: wire.devolutionEndToEndId ?? null,
    createdAt: parseInstant(wire.createdAt),
    refundedAt: parseInstant(wire.refundedAt),
    chargeTxid: wire.txid,
    ...(attemptMarker ? { attemptMarker } : {}),
  };
}

export function createChargeToWire(command: CreatePixChargeCommand): AstraCreateChargeBody {
  const body: AstraCreateChargeBody = { amount: centsToReais(command.amountCents) };
  if (command.expiresInSeconds !== undefined) body.expiration = command.expiresInSeconds;
  if (command.description !== undefined) body.description = command.description;
  if (command.reference !== undefined) body.userReference = command.reference;
  if (command.debtor) {
    const { name, document } = command.debtor;
    body.debtor = {
      ...(name !== undefined ? { name } : {}),
      ...(document.kind === 'CPF' ? { naturalPersonIdentification: document.value } : { legalPersonIdentification: document.value }),
    };
  }
  if (command.onlyDebtorMayPay !== undefined) body.validateDebtor = command.onlyDebtorMayPay;
  return body;
}

export function refundToWire(command: RefundCommand): { txid: string; amount: number; description?: string } {
  const description = describeRefund(command.reason, command.attemptMarker);
  return {
    txid: command.txid,
    amount: centsToReais(command.amountCents),
    ...(description !== undefined ? { description } : {}),
  };
}

/** ASM-A06 instants (with or without milliseconds). Unparseable → null, never a crash. */
export function parseInstant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `yyyy-MM-dd` of an instant in Brasília time (ASM-A06, ASM-A09 date filters). */
export function brasiliaDate(instant: Date, offsetMinutes: number): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
