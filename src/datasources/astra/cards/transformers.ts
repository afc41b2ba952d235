import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { expiryToWire, type CardBrandCode } from '../../../lib/card-data';
import { brl } from '../../../domain/models';
import { CardTransactionStatus, type CardTransactionRecord, type SavedCardRecord } from '../../../domain/cards/model';
import type { ChargeCardCommand, SaveCardCommand } from '../../../domain/cards/port';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { parseInstant } from '../transformers';
import type { AstraCardTransactionWire, AstraTokenizedCardWire } from './wire';

const STATUS: Record<string, CardTransactionStatus> = {
  APPROVED: CardTransactionStatus.APPROVED,
  DECLINED: CardTransactionStatus.DECLINED,
  CANCELED: CardTransactionStatus.CANCELLED,
  CHARGEBACK: CardTransactionStatus.CHARGED_BACK,
};
const BRANDS = new Set(['VISA', 'MASTERCARD', 'AMEX', 'ELO', 'OTHER']);

export function cardStatusToWire(status: CardTransactionStatus): string | undefined {
  return Object.entries(STATUS).find(([, value]) => value === status)?.[0];
}

/** `<description> [pg:<attempt id>]`: the marker a retry looks for (like ASM-A52 for refunds). */
export function attemptTag(attemptId: string): string {
  const t = A.refundAttemptTag;
  return `${t.prefix}${attemptId}${t.suffix}`;
}

export function withoutAttemptTag(description: string | null): string | null {
  if (description === null) return null;
  const stripped = description.replace(/ ?\[pg:[A-Za-z0-9_-]{12}\]$/, '');
  return stripped.length > 0 ? stripped : null;
}

function describe(command: ChargeCardCommand): string | undefined {
  if (!command.attemptTag) return command.description;
  const tag = attemptTag(command.attemptTag);
  return command.description ? `${command.description}${A.refundAttemptTag.separator}${tag}` : tag;
}

/** The request body: the only place the PAN and CVV leave their private fields. */
export function chargeToWire(command: ChargeCardCommand): Record<string, unknown> {
  const common = {
    amount: centsToReais(command.amountCents),
    numberInstallments: command.installments,
    typePayment: command.installments === 1 ? 'A_VISTA' : 'PARCELADO_LOJA',
    description: describe(command),
    userReference: command.reference,
    document: command.payerDocument?.value,
  };
  if ('card' in command) {
    return {
      ...common,
      cardNumber: command.card.number.digits(),
      nameCreditCard: command.card.holderName,
      expirationDate: expiryToWire(command.card.expiryYear, command.card.expiryMonth),
      cvv: command.securityCode.code(),
    };
  }
  return { ...common, cardToken: command.savedCardToken, cvv: command.securityCode?.code() };
}

export function saveCardToWire(command: SaveCardCommand): Record<string, unknown> {
  return {
    cardNumber: command.card.number.digits(),
    nameCreditCard: command.card.holderName,
    expirationDate: expiryToWire(command.card.expiryYear, command.card.expiryMonth),
    document: command.holderDocument?.value,
    userReference: command.reference,
  };
}

function brandOf(raw: string): CardBrandCode {
  return BRANDS.has(raw) ? (raw as CardBrandCode) : 'OTHER';
}

export function transactionFromWire(wire: AstraCardTransactionWire): CardTransactionRecord {
  const status = STATUS[wire.status] ?? CardTransactionStatus.UNKNOWN;
  const createdAt = parseInstant(wire.createdAt);
  return {
    __typename: 'CardTransaction',
    id: encodeGlobalId('CardTransaction', 'ASTRA', wire.transactionId),
    provider: 'ASTRA',
    transactionId: wire.transactionId,
    status,
    providerStatus: wire.status,
    amount: brl(reaisToCents(wire.amount)),
    installments: wire.numberInstallments,
    brand: brandOf(wire.cardBrand),
    maskedNumber: wire.maskedCardNumber,
    holderName: wire.nameCreditCard,
    authorizationCode: wire.authorizationCode,
    nsu: wire.nsu,
    returnCode: wire.returnCode,
    returnMessage: wire.returnMessage,
    description: withoutAttemptTag(wire.description),
    reference: wire.userReference,
    savedCardToken: wire.cardToken,
    recurrenceId: wire.recurrenceId ?? null,
    createdAt,
    // Astra authorizes and captures in one step (ASM-A45): whatever was approved was captured then.
    capturedAt: status === CardTransactionStatus.DECLINED ? null : createdAt,
    cancelledAt: parseInstant(wire.canceledAt),
  };
}

export function savedCardFromWire(wire: AstraTokenizedCardWire): SavedCardRecord {
  return {
    __typename: 'SavedCard',
    id: encodeGlobalId('SavedCard', 'ASTRA', wire.cardToken),
    provider: 'ASTRA',
    token: wire.cardToken,
    brand: brandOf(wire.cardBrand),
    maskedNumber: wire.maskedCardNumber,
    holderName: wire.nameCreditCard,
    expiryYear: Number(wire.expirationDate.slice(0, 4)),
    expiryMonth: Number(wire.expirationDate.slice(4, 6)),
    reference: wire.userReference,
    createdAt: parseInstant(wire.createdAt),
  };
}
