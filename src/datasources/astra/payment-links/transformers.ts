import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { brl } from '../../../domain/models';
import { PaymentLinkPaymentMethod, PaymentLinkStatus, type PaymentLinkPaymentRecord, type PaymentLinkRecord } from '../../../domain/payment-links/model';
import type { CreatePaymentLinkCommand } from '../../../domain/payment-links/port';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { parseInstant } from '../transformers';
import { splitIntoInstallments } from './installments';
import type { AstraCreateLinkBody, AstraLinkPaymentWire, AstraPaymentLinkWire } from './wire';

type KnownStatus = keyof typeof A.paymentLink.statusCodes;

/** ASM-A27: the client keys on `code`; an unknown code is UNKNOWN with `code:description` kept raw. */
function statusFromWire(code: number): PaymentLinkStatus {
  const known = Object.entries(A.paymentLink.statusCodes).find(([, value]) => value === code)?.[0] as KnownStatus | undefined;
  return known ? PaymentLinkStatus[known] : PaymentLinkStatus.UNKNOWN;
}

/** The list filter's numeric code; undefined for UNKNOWN (Astra cannot be asked for it). */
export function linkStatusToWire(status: PaymentLinkStatus): number | undefined {
  return status === PaymentLinkStatus.UNKNOWN ? undefined : A.paymentLink.statusCodes[status];
}

export function paymentLinkFromWire(wire: AstraPaymentLinkWire): PaymentLinkRecord {
  return {
    __typename: 'PaymentLink',
    id: encodeGlobalId('PaymentLink', 'ASTRA', wire.linkPaymentUuid),
    provider: 'ASTRA',
    providerId: wire.linkPaymentUuid,
    status: statusFromWire(wire.status.code),
    providerStatus: `${wire.status.code}:${wire.status.description ?? ''}`,
    url: wire.urlPayment ?? null,
    amount: brl(reaisToCents(wire.amount)),
    installments: wire.numbersInstallments,
    installmentOptions: (wire.installmentsOptions ?? []).map((option) => ({
      count: option.numberInstallments,
      installmentAmount: brl(reaisToCents(option.installmentAmount)),
      installmentAmounts: splitIntoInstallments(reaisToCents(option.totalAmount), option.numberInstallments).map(brl),
      totalAmount: brl(reaisToCents(option.totalAmount)),
    })),
    payerName: wire.payerName ?? null,
    payerDocument: wire.registrationNumber ?? null,
    // ASM-A57: a number on the wire, a code to the client (kept as digits, never summed).
    verificationToken: wire.verificationToken === null || wire.verificationToken === undefined ? null : String(wire.verificationToken),
    description: wire.description ?? null,
    reference: wire.userReference ?? null,
    createdAt: parseInstant(wire.createdAt),
    expiresAt: parseInstant(wire.expirationDate),
    payment: wire.payment ? paymentFromWire(wire.payment) : null,
  };
}

function paymentFromWire(payment: AstraLinkPaymentWire): PaymentLinkPaymentRecord {
  const method = payment.paymentMethod === 'PIX' || payment.paymentMethod === 'CREDIT_CARD' ? PaymentLinkPaymentMethod[payment.paymentMethod] : PaymentLinkPaymentMethod.UNKNOWN;
  return {
    paymentId: payment.paymentId,
    method,
    providerMethod: payment.paymentMethod,
    receipt: payment.paymentReceipt ?? null,
    paidAt: parseInstant(payment.paymentDate),
    amount: brl(reaisToCents(payment.amount)),
  };
}

export function createLinkToWire(command: CreatePaymentLinkCommand): AstraCreateLinkBody {
  const body: AstraCreateLinkBody = {
    payerName: command.payerName,
    registrationNumber: command.payerDocument,
    amount: centsToReais(command.amountCents),
    numbersInstallments: command.installments,
  };
  if (command.description !== undefined) body.description = command.description;
  if (command.reference !== undefined) body.userReference = command.reference;
  if (command.expiresInDays !== undefined) body.expirationDays = command.expiresInDays;
  return body;
}
