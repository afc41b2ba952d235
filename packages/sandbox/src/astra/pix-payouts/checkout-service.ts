import type { SimClock } from '../../shared/sim-clock';
import { newEndToEndId } from '../ids';
import type { TaskTracker } from '../tasks';
import { reais } from '../validation';
import type { WebhookDispatcher } from '../webhook-delivery';
import type { CheckoutInput, SimPayment } from './checkout-input';

export type CheckoutStatus = 'CREATED' | 'PROCESSING' | 'COMPLETED' | 'PARTIALLY_COMPLETED' | 'FAILED' | 'CANCELED';

export interface SimCheckout extends CheckoutInput {
  status: CheckoutStatus;
  createdAtMs: number;
  releasedAtMs: number | null;
  completedAtMs: number | null;
  canceledAtMs: number | null;
}

/** ASM-A35 sandbox: a payment whose amount ends in ,99 fails with this reason. */
export const PAYOUT_FAILURE_REASON = 'Payment rejected by the receiving institution';

/** Brasília calendar date (UTC−3) of an instant. */
export function brasiliaDateOf(ms: number): string {
  return new Date(ms - 3 * 3_600_000).toISOString().slice(0, 10);
}

/** Pix Checkout lifecycle (ASM-A31…A35), including the sandbox automation (ASM-A10, A35). */
export class CheckoutService {
  readonly checkouts = new Map<string, SimCheckout>();

  constructor(
    private readonly clock: SimClock,
    private readonly tasks: TaskTracker,
    private readonly webhooks: WebhookDispatcher,
    private readonly sandboxDelayMs: number,
  ) {
    // Scheduled payments are due when the simulator date reaches them (ASM-A10).
    clock.onChange(() => {
      for (const checkout of this.checkouts.values()) if (checkout.status === 'PROCESSING') this.scheduleDue(checkout.checkoutId);
    });
  }

  create(input: CheckoutInput): SimCheckout {
    const checkout: SimCheckout = { ...input, status: 'CREATED', createdAtMs: this.clock.nowMs(), releasedAtMs: null, completedAtMs: null, canceledAtMs: null };
    this.checkouts.set(input.checkoutId, checkout);
    return checkout;
  }

  release(checkout: SimCheckout): void {
    checkout.status = 'PROCESSING';
    checkout.releasedAtMs = this.clock.nowMs();
    this.scheduleDue(checkout.checkoutId);
  }

  cancel(checkout: SimCheckout): void {
    checkout.status = 'CANCELED';
    checkout.canceledAtMs = this.clock.nowMs();
    for (const payment of checkout.payments) payment.status = 'CANCELED';
  }

  private scheduleDue(checkoutId: string): void {
    this.tasks.schedule(this.sandboxDelayMs, () => this.processDue(checkoutId));
  }

  /** Every PENDING payment due today or earlier becomes PAID (or FAILED for ,99) and is announced. */
  private processDue(checkoutId: string): void {
    const checkout = this.checkouts.get(checkoutId);
    if (!checkout || checkout.status !== 'PROCESSING') return;
    const now = this.clock.nowMs();
    const today = brasiliaDateOf(now);
    for (const payment of checkout.payments) {
      if (payment.status !== 'PENDING' || (payment.paymentDate !== null && payment.paymentDate > today)) continue;
      const fails = payment.amountCents % 100 === 99;
      payment.status = fails ? 'FAILED' : 'PAID';
      payment.processedAtMs = now;
      payment.endToEndId = fails ? null : newEndToEndId('E', new Date(now));
      payment.failureReason = fails ? PAYOUT_FAILURE_REASON : null;
    }
    this.settle(checkout, now);
    // Announced after the checkout is settled, so a re-fetch on delivery sees the final state.
    for (const payment of checkout.payments) {
      if (payment.processedAtMs === now && payment.status !== 'CANCELED') this.webhooks.emit('PIX_OUTBOUND', outboundEvent(checkout, payment));
    }
  }

  /** ASM-A31: the checkout status is computed when the last payment is final. */
  private settle(checkout: SimCheckout, now: number): void {
    if (checkout.payments.some((payment) => payment.status === 'PENDING')) return;
    const paid = checkout.payments.filter((payment) => payment.status === 'PAID').length;
    checkout.status = paid === checkout.payments.length ? 'COMPLETED' : paid === 0 ? 'FAILED' : 'PARTIALLY_COMPLETED';
    checkout.completedAtMs = now;
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function checkoutDetails(checkout: SimCheckout) {
  const paid = checkout.payments.filter((payment) => payment.status === 'PAID');
  return {
    checkoutId: checkout.checkoutId,
    status: checkout.status,
    debitAccount: checkout.debitAccount,
    totalPayments: checkout.payments.length,
    totalAmount: reais(checkout.payments.reduce((sum, payment) => sum + payment.amountCents, 0)),
    processedPayments: paid.length,
    processedAmount: reais(paid.reduce((sum, payment) => sum + payment.amountCents, 0)),
    createdAt: iso(checkout.createdAtMs),
    releasedAt: iso(checkout.releasedAtMs),
    completedAt: iso(checkout.completedAtMs),
    canceledAt: iso(checkout.canceledAtMs),
    userReference: checkout.userReference,
  };
}

export function paymentWire(payment: SimPayment) {
  return {
    paymentId: payment.paymentId,
    pixKey: payment.pixKey,
    amount: reais(payment.amountCents),
    beneficiaryName: payment.beneficiaryName,
    description: payment.description,
    paymentDate: payment.paymentDate,
    userReference: payment.userReference,
    status: payment.status,
    endToEndId: payment.endToEndId,
    processedAt: iso(payment.processedAtMs),
    failureReason: payment.failureReason,
  };
}

/** ASM-A15 PIX_OUTBOUND payload. */
function outboundEvent(checkout: SimCheckout, payment: SimPayment) {
  const { paymentId, status, amount, pixKey, beneficiaryName, endToEndId, processedAt, failureReason, userReference } = paymentWire(payment);
  return { checkoutId: checkout.checkoutId, paymentId, status, amount, pixKey, beneficiaryName, endToEndId, processedAt, failureReason, userReference };
}
