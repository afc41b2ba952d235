import type { SimClock } from '../shared/sim-clock';
import { dynamicBrCode } from './emv';
import { newEndToEndId, newId, newTxid } from './ids';
import { paymentEvent, refundEvent } from './serialize';
import type { AstraStore, ChargeRecord, RefundRecord } from './state';
import type { TaskTracker } from './tasks';
import type { WebhookDispatcher } from './webhook-delivery';
import type { DebtorWire, PayerWire } from './wire';

export interface CreateChargeInput {
  amountCents: number;
  expiration: number;
  description: string | null;
  userReference: string | null;
  debtor: DebtorWire | null;
  validateDebtor: boolean;
}

/** ASM-A25: the payer used when the charge names no debtor (check-digit-valid test CPF). */
export const DEFAULT_PAYER: PayerWire = { name: 'PAGADOR TESTE', documentNumber: '12345678909' };

/** ASM-A23 sandbox: a refund whose amount ends in .99 fails with this reason. */
export const REFUND_FAILURE_REASON = 'Refund not completed';

/** Pix charge and refund lifecycle (ASM-A20, A23, A25), including the sandbox automations (ASM-A10). */
export class PixService {
  constructor(
    private readonly store: AstraStore,
    private readonly clock: SimClock,
    private readonly tasks: TaskTracker,
    private readonly webhooks: WebhookDispatcher,
    private readonly sandboxDelayMs: number,
  ) {}

  createCharge(input: CreateChargeInput): ChargeRecord {
    const now = this.clock.nowMs();
    const txid = newTxid();
    const charge: ChargeRecord = {
      seq: this.store.nextSeq(),
      txid,
      status: 'ACTIVE',
      ...input,
      emv: dynamicBrCode(txid),
      createdAtMs: now,
      expiresAtMs: now + input.expiration * 1000,
      payment: null,
      refundedCents: 0,
    };
    this.store.charges.set(txid, charge);
    // ASM-A25: only cents == 01 triggers auto-payment (x.11, x.21 do not).
    if (input.amountCents % 100 === 1) this.tasks.schedule(this.sandboxDelayMs, () => void this.payCharge(txid));
    return charge;
  }

  /**
   * Marks an ACTIVE charge paid and emits the PIX_QR_INBOUND PAYMENT event (ASM-A13). Returns
   * undefined when the charge is unknown or no longer ACTIVE (e.g. expired meanwhile).
   */
  payCharge(txid: string, payer?: PayerWire): ChargeRecord | undefined {
    const charge = this.store.charge(txid);
    if (!charge || charge.status !== 'ACTIVE') return undefined;
    const now = this.clock.now();
    charge.status = 'PAID';
    charge.payment = {
      endToEndId: newEndToEndId('E', now),
      amountCents: charge.amountCents,
      paidAtMs: now.getTime(),
      payer: { ...(payer ?? debtorAsPayer(charge.debtor) ?? DEFAULT_PAYER) },
    };
    this.webhooks.emit('PIX_QR_INBOUND', paymentEvent(charge));
    return charge;
  }

  /** ASM-A23: paid amount − completed refunds − refunds still PROCESSING. */
  refundableCents(charge: ChargeRecord): number {
    if (!charge.payment) return 0;
    const processing = this.store
      .refundsOf(charge.txid)
      .filter((refund) => refund.status === 'PROCESSING')
      .reduce((sum, refund) => sum + refund.amountCents, 0);
    return charge.payment.amountCents - charge.refundedCents - processing;
  }

  /** Creates a PROCESSING refund; the caller has checked status and remainder. */
  requestRefund(charge: ChargeRecord, amountCents: number, description: string | null): RefundRecord {
    const refund: RefundRecord = {
      seq: this.store.nextSeq(),
      refundId: newId(),
      txid: charge.txid,
      endToEndId: charge.payment!.endToEndId,
      devolutionEndToEndId: null,
      amountCents,
      description,
      status: 'PROCESSING',
      failureReason: null,
      createdAtMs: this.clock.nowMs(),
      refundedAtMs: null,
    };
    this.store.addRefund(refund);
    this.tasks.schedule(this.sandboxDelayMs, () => this.completeRefund(refund.refundId));
    return refund;
  }

  /** ASM-A23 sandbox: PROCESSING → REFUNDED (or FAILED for .99) after the sandbox delay. */
  private completeRefund(refundId: string): void {
    const refund = this.store.refunds.get(refundId);
    const charge = refund && this.store.charge(refund.txid);
    if (!refund || !charge?.payment || refund.status !== 'PROCESSING') return;
    if (refund.amountCents % 100 === 99) {
      refund.status = 'FAILED';
      refund.failureReason = REFUND_FAILURE_REASON;
      return; // ASM-A12: failed refunds produce no webhook
    }
    const now = this.clock.now();
    refund.status = 'REFUNDED';
    refund.devolutionEndToEndId = newEndToEndId('D', now);
    refund.refundedAtMs = now.getTime();
    charge.refundedCents += refund.amountCents;
    charge.status = charge.refundedCents >= charge.payment.amountCents ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    this.webhooks.emit('PIX_QR_INBOUND', refundEvent(charge, refund));
  }
}

function debtorAsPayer(debtor: DebtorWire | null): PayerWire | undefined {
  if (!debtor) return undefined;
  const documentNumber = debtor.naturalPersonIdentification ?? debtor.legalPersonIdentification;
  return documentNumber ? { name: debtor.name, documentNumber } : undefined;
}
