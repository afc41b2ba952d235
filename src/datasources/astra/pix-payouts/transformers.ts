import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { brl } from '../../../domain/models';
import {
  DebitAccountType,
  PixKeyType,
  PixPayoutBatchStatus,
  PixPayoutStatus,
  type DebitAccountValue,
  type PixPayoutBatchRecord,
  type PixPayoutRecord,
} from '../../../domain/pix-payouts/model';
import type { CreatePixPayoutBatchCommand } from '../../../domain/pix-payouts/port';
import { payoutProviderId } from '../../../domain/pix-payouts/payout-id';
import { parseInstant } from '../transformers';
import type { AstraCheckoutPaymentWire, AstraCheckoutWire, AstraCreateCheckoutBody, AstraDebitAccountWire } from './wire';

/** ASM-A31 checkout statuses. Anything else is UNKNOWN with the raw value kept (ASM-A06). */
const BATCH_STATUS: Record<string, PixPayoutBatchStatus> = {
  CREATED: PixPayoutBatchStatus.CREATED,
  PROCESSING: PixPayoutBatchStatus.PROCESSING,
  COMPLETED: PixPayoutBatchStatus.COMPLETED,
  PARTIALLY_COMPLETED: PixPayoutBatchStatus.PARTIALLY_COMPLETED,
  FAILED: PixPayoutBatchStatus.FAILED,
  CANCELED: PixPayoutBatchStatus.CANCELLED,
};

/** ASM-A31 payment statuses. */
const PAYMENT_STATUS: Record<string, PixPayoutStatus> = {
  PENDING: PixPayoutStatus.PENDING,
  PAID: PixPayoutStatus.PAID,
  FAILED: PixPayoutStatus.FAILED,
  CANCELED: PixPayoutStatus.CANCELLED,
};

/** ASM-A30 key types; Paygraph's RANDOM is Astra's EVP. */
const KEY_TYPE_TO_WIRE: Record<PixKeyType, string> = { CPF: 'CPF', CNPJ: 'CNPJ', EMAIL: 'EMAIL', PHONE: 'PHONE', RANDOM: 'EVP' };

const own = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

export function paymentStatusToWire(status: PixPayoutStatus): string | undefined {
  return Object.entries(PAYMENT_STATUS).find(([, value]) => value === status)?.[0];
}

export function batchFromWire(wire: AstraCheckoutWire): PixPayoutBatchRecord {
  return {
    __typename: 'PixPayoutBatch',
    id: encodeGlobalId('PixPayoutBatch', 'ASTRA', wire.checkoutId),
    provider: 'ASTRA',
    batchId: wire.checkoutId,
    status: own(BATCH_STATUS, wire.status) ? BATCH_STATUS[wire.status] : PixPayoutBatchStatus.UNKNOWN,
    providerStatus: wire.status,
    debitAccount: wire.debitAccount ? debitAccountFromWire(wire.debitAccount) : null,
    paymentCount: wire.totalPayments,
    totalAmount: brl(reaisToCents(wire.totalAmount)),
    paidCount: wire.processedPayments ?? 0,
    paidAmount: brl(reaisToCents(wire.processedAmount ?? 0)),
    reference: wire.userReference ?? null,
    createdAt: parseInstant(wire.createdAt),
    releasedAt: parseInstant(wire.releasedAt),
    completedAt: parseInstant(wire.completedAt),
    cancelledAt: parseInstant(wire.canceledAt),
  };
}

function debitAccountFromWire(wire: AstraDebitAccountWire): DebitAccountValue {
  const accountType = wire.accountType === 'SAVINGS' ? DebitAccountType.SAVINGS : DebitAccountType.CHECKING;
  return { agency: wire.agency, account: wire.account, accountDigit: wire.accountDigit, accountType };
}

/** One payment of the checkout `batchId` (ASM-A32 items do not repeat their checkout's id). */
export function paymentFromWire(batchId: string, wire: AstraCheckoutPaymentWire): PixPayoutRecord {
  const keyType = wire.pixKey && Object.entries(KEY_TYPE_TO_WIRE).find(([, value]) => value === wire.pixKey!.type)?.[0];
  return {
    __typename: 'PixPayout',
    id: encodeGlobalId('PixPayout', 'ASTRA', payoutProviderId(batchId, wire.paymentId)),
    provider: 'ASTRA',
    batchId,
    paymentId: wire.paymentId,
    pixKey: wire.pixKey && keyType ? { type: keyType as PixKeyType, value: wire.pixKey.value } : null,
    amount: brl(reaisToCents(wire.amount)),
    beneficiaryName: wire.beneficiaryName,
    description: wire.description ?? null,
    scheduledDate: wire.paymentDate ?? null,
    reference: wire.userReference ?? null,
    status: own(PAYMENT_STATUS, wire.status) ? PAYMENT_STATUS[wire.status] : PixPayoutStatus.UNKNOWN,
    providerStatus: wire.status,
    endToEndId: wire.endToEndId ?? null,
    processedAt: parseInstant(wire.processedAt),
    failureReason: wire.failureReason ?? null,
  };
}

export function createCheckoutToWire(command: CreatePixPayoutBatchCommand): AstraCreateCheckoutBody {
  return {
    checkoutId: command.batchId,
    debitAccount: { ...command.debitAccount },
    payments: command.payments.map((payment) => ({
      paymentId: payment.paymentId,
      pixKey: { type: KEY_TYPE_TO_WIRE[payment.pixKey.type], value: payment.pixKey.value },
      amount: centsToReais(payment.amountCents),
      beneficiaryName: payment.beneficiaryName,
      ...(payment.description !== undefined ? { description: payment.description } : {}),
      ...(payment.scheduledDate !== undefined ? { paymentDate: payment.scheduledDate } : {}),
      ...(payment.reference !== undefined ? { userReference: payment.reference } : {}),
    })),
    ...(command.reference !== undefined ? { userReference: command.reference } : {}),
  };
}
