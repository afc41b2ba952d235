import type { ProviderCode } from '../../providers';
import { portKey } from '../ports';
import type { PixRefundRecord } from './model';
import type { PixChargeRecord } from '../pix-charges/model';

export interface RefundCommand {
  txid: string;
  amountCents: number;
  reason?: string;
  /** Idempotency attempt id for the provider to echo back (ASM-A52), so a retry can find this refund. */
  attemptMarker?: string;
  /** Who asks and their idempotency key, for a provider that names the refund by them (API Pix). */
  idempotency?: { clientId: string; key: string };
  /** The charge and its refunds as the use case just read them, so a provider need not read them again (API Pix: which Pix to refund). */
  known?: { charge: PixChargeRecord; refunds: PixRefundRecord[] };
}

/** The key `PixCharge.refunds` batches on: the charge's id plus when it was created (a scan window hint). */
export interface ChargeRef {
  txid: string;
  createdAt: Date | null;
}

/** Refund Pix charges and read their refunds. */
export interface PixRefundPort {
  readonly code: ProviderCode;
  readonly limits: { maxAmountCents: number; reasonMax: number };
  /**
   * True when `requestRefund` with an idempotency scope names the refund by it (API Pix: a derived
   * id), so repeating it after an unanswered attempt finds the first refund instead of making a second.
   */
  readonly idempotentByKey?: boolean;
  requestRefund(command: RefundCommand): Promise<PixRefundRecord>;
  getRefund(refundId: string): Promise<PixRefundRecord>;
  /** All refunds of each charge, in as few calls as the provider allows (no N+1). */
  refundsOfCharges(charges: ChargeRef[]): Promise<Map<string, PixRefundRecord[]>>;
}

export const PIX_REFUNDS = portKey<PixRefundPort>('pixRefunds', 'refund Pix charges');
