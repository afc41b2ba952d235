import type { ProviderCode } from '../providers';

/**
 * Provider-neutral records. Transformers produce them from each provider's wire format; the
 * GraphQL object types expose them as they are. Money is always integer cents.
 */
export enum CurrencyCode {
  BRL = 'BRL',
}

export enum PixChargeStatus {
  ACTIVE = 'ACTIVE',
  PAID = 'PAID',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  /** The provider reported a status Paygraph does not know yet; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

export enum RefundStatus {
  PROCESSING = 'PROCESSING',
  REFUNDED = 'REFUNDED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}

export interface MoneyValue {
  /** Integer cents. */
  amount: number;
  currency: CurrencyCode;
}

export interface PartyRecord {
  name: string | null;
  document: string | null;
}

export interface PixChargeRecord {
  __typename: 'PixCharge';
  id: string;
  provider: ProviderCode;
  txid: string;
  status: PixChargeStatus;
  providerStatus: string | null;
  amount: MoneyValue;
  amountRefunded: MoneyValue;
  description: string | null;
  reference: string | null;
  debtor: PartyRecord | null;
  payer: PartyRecord | null;
  brCode: string | null;
  checkoutUrl: string | null;
  createdAt: Date | null;
  expiresAt: Date | null;
  paidAt: Date | null;
  endToEndId: string | null;
}

export interface RefundRecord {
  __typename: 'Refund';
  id: string;
  provider: ProviderCode;
  refundId: string;
  status: RefundStatus;
  providerStatus: string | null;
  amount: MoneyValue;
  reason: string | null;
  endToEndId: string | null;
  createdAt: Date | null;
  refundedAt: Date | null;
  /** Provider id of the refunded charge; `Refund.charge` loads it. */
  chargeTxid: string;
  /** Idempotency attempt marker the provider echoed back (ASM-A52); absent for refunds made without a key. */
  attemptMarker?: string;
}

export function brl(cents: number): MoneyValue {
  return { amount: cents, currency: CurrencyCode.BRL };
}

/** Statuses in which a charge may have refunds: only a charge that was paid can (UNKNOWN: ask, to be safe). */
export const CHARGE_CAN_HAVE_REFUNDS = new Set<PixChargeStatus>([
  PixChargeStatus.PAID,
  PixChargeStatus.PARTIALLY_REFUNDED,
  PixChargeStatus.REFUNDED,
  PixChargeStatus.UNKNOWN,
]);
