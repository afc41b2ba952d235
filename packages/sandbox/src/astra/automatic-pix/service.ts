import { randomUUID } from 'node:crypto';
import type { SimClock } from '../../shared/sim-clock';
import type { TaskTracker } from '../tasks';
import { plusDays, simToday } from './calendar';
import type { AuthorizationBody } from './parse';
import { AutomaticPixStore, type AuthorizationState, type PaymentState } from './store';

export interface NewPayment {
  authorizationId: string;
  amount: number;
  dueDate: string;
  description: string | null;
  userReference: string | null;
}

/**
 * The sandbox rules of ASM-A43 on the simulator clock: an authorization is approved after the
 * sandbox delay (rejected when its maxAmount ends in 99); a payment whose scheduled date has come
 * is settled after the delay: PAID, except an amount ending in 99 on its first attempt, which
 * FAILS; retries always succeed. The two intraday windows collapse into this single outcome.
 */
export class AutomaticPixService {
  /** Payments whose settlement is already scheduled (paymentId → attempt), so each attempt settles once. */
  private readonly settling = new Map<string, number>();

  constructor(
    readonly store: AutomaticPixStore,
    readonly clock: SimClock,
    private readonly tasks: TaskTracker,
    private readonly delayMs: number,
  ) {}

  today(): string {
    return simToday(this.clock.now());
  }

  createAuthorization(body: AuthorizationBody): AuthorizationState {
    const now = this.clock.now().toISOString();
    const state: AuthorizationState = {
      seq: this.store.nextSeq(),
      authorizationId: randomUUID(),
      status: 'PENDING',
      ...body,
      contractDebtor: body.contractDebtor ?? body.user,
      createdAt: now,
      updatedAt: now,
    };
    this.store.authorizations.set(state.authorizationId, state);
    this.tasks.schedule(this.delayMs, () => this.decide(state));
    return state;
  }

  createPayment(input: NewPayment): PaymentState {
    const now = this.clock.now().toISOString();
    const payment: PaymentState = {
      seq: this.store.nextSeq(),
      paymentId: randomUUID(),
      ...input,
      scheduledDate: input.dueDate,
      status: 'SCHEDULED',
      retryCount: 0,
      endToEndId: null,
      failureReason: null,
      createdAt: now,
      updatedAt: now,
      paidAt: null,
    };
    this.store.payments.set(payment.paymentId, payment);
    this.settleDue();
    return payment;
  }

  retry(payment: PaymentState, scheduledDate: string): PaymentState {
    Object.assign(payment, { status: 'SCHEDULED', retryCount: payment.retryCount + 1, scheduledDate, failureReason: null, updatedAt: this.clock.now().toISOString() });
    this.settleDue();
    return payment;
  }

  /** Schedules the settlement of every payment whose date has come (on the simulator calendar). */
  settleDue(): void {
    const today = this.today();
    for (const payment of this.store.payments.values()) {
      if (payment.status !== 'SCHEDULED' || payment.scheduledDate > today || this.settling.get(payment.paymentId) === payment.retryCount) continue;
      this.settling.set(payment.paymentId, payment.retryCount);
      const attempt = payment.retryCount;
      this.tasks.schedule(this.delayMs, () => this.settle(payment, attempt));
    }
  }

  /** Sandbox control: fail a SCHEDULED or PAID payment now (tests of the retry limits). */
  forceFailure(payment: PaymentState): void {
    Object.assign(payment, { status: 'FAILED', failureReason: 'Insufficient funds', endToEndId: null, paidAt: null, updatedAt: this.clock.now().toISOString() });
  }

  private decide(authorization: AuthorizationState): void {
    if (authorization.status !== 'PENDING') return;
    const rejected = authorization.maxAmount !== null && authorization.maxAmount % 100 === 99;
    authorization.status = rejected ? 'REJECTED' : 'APPROVED';
    authorization.updatedAt = this.clock.now().toISOString();
    const first = authorization.firstPayment;
    if (!rejected && first) {
      // ASM-A38: an approved authorization with a first payment schedules it like Create payment.
      const dueDate = first.date > this.today() ? first.date : plusDays(this.today(), 1);
      this.createPayment({ authorizationId: authorization.authorizationId, amount: first.amount, dueDate, description: authorization.description, userReference: null });
    }
  }

  private settle(payment: PaymentState, attempt: number): void {
    if (payment.status !== 'SCHEDULED' || payment.retryCount !== attempt) return;
    const now = this.clock.now().toISOString();
    if (payment.amount % 100 === 99 && payment.retryCount === 0) {
      Object.assign(payment, { status: 'FAILED', failureReason: 'Insufficient funds', updatedAt: now });
      return;
    }
    Object.assign(payment, { status: 'PAID', endToEndId: endToEndId(this.clock.now()), paidAt: now, updatedAt: now });
  }
}

/** A Pix end-to-end id shape: E + ISPB (8) + yyyyMMddHHmm + 11 alphanumerics (32 chars). */
function endToEndId(now: Date): string {
  const stamp = now.toISOString().replace(/[-T:]/g, '').slice(0, 12);
  return `E60701190${stamp}${randomUUID().replace(/-/g, '').slice(0, 11)}`;
}
