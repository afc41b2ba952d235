import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { brl, type PartyRecord } from '../../../domain/models';
import { PixChargeStatus, type PixChargeRecord } from '../../../domain/pix-charges/model';
import type { CreatePixChargeCommand } from '../../../domain/pix-charges/port';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { parseInstant } from '../transformers';
import type { AstraChargeWire, AstraCreateChargeBody } from './wire';

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
