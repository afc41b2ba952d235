import { randomUUID } from 'node:crypto';
import type { SimClock } from '../../shared/sim-clock';
import type { TaskTracker } from '../tasks';
import type { WebhookDispatcher } from '../webhook-delivery';
import { plusDays, simToday } from '../automatic-pix/calendar';
import type { CardStore } from '../cards/card-store';
import { reais } from '../validation';
import type { RecurrenceBody } from './parse';
import { nthChargeDate } from './schedule-dates';

export interface SimSchedule {
  scheduleId: string;
  installmentNumber: number;
  scheduledDate: string;
  status: 'SCHEDULED' | 'PAID' | 'FAILED' | 'CANCELED';
  attempts: number;
  /** The day of the next attempt: scheduledDate, then one day later after each decline (ASM-A49). */
  nextAttemptDate: string;
  transactionId: string | null;
  paidAtMs: number | null;
  updatedAtMs: number;
}

export interface SimRecurrence extends RecurrenceBody {
  seq: number;
  recurrenceId: string;
  status: 'ACTIVE' | 'COMPLETED' | 'CANCELED';
  cancelReason: 'CLIENT_REQUEST' | 'MAX_ATTEMPTS_REACHED' | null;
  schedules: SimSchedule[];
  createdAtMs: number;
  canceledAtMs: number | null;
}

/**
 * Card recurrences on the simulator clock (ASM-A47…A49, A51). Due schedules are charged after the
 * sandbox delay once the simulator's Brasília date reaches them (advanceSandboxClock moves it);
 * a clock jump of several days catches up attempt by attempt, day by day, in order.
 */
export class RecurrenceService {
  readonly recurrences = new Map<string, SimRecurrence>();
  private seq = 0;
  private processing = false;

  constructor(
    private readonly clock: SimClock,
    private readonly cards: CardStore,
    private readonly tasks: TaskTracker,
    private readonly webhooks: WebhookDispatcher,
    private readonly delayMs: number,
  ) {}

  today(): string {
    return simToday(this.clock.now());
  }

  create(body: RecurrenceBody): SimRecurrence {
    const recurrence: SimRecurrence = {
      ...body,
      seq: ++this.seq,
      recurrenceId: randomUUID(),
      status: 'ACTIVE',
      cancelReason: null,
      schedules: [],
      createdAtMs: this.clock.nowMs(),
      canceledAtMs: null,
    };
    this.recurrences.set(recurrence.recurrenceId, recurrence);
    this.addSchedule(recurrence, 1);
    this.scheduleDue();
    return recurrence;
  }

  cancel(recurrence: SimRecurrence): void {
    const pending = pendingOf(recurrence);
    if (pending) Object.assign(pending, { status: 'CANCELED', updatedAtMs: this.clock.nowMs() });
    Object.assign(recurrence, { status: 'CANCELED', cancelReason: 'CLIENT_REQUEST', canceledAtMs: this.clock.nowMs() });
  }

  cancelSchedule(recurrence: SimRecurrence, schedule: SimSchedule): void {
    Object.assign(schedule, { status: 'CANCELED', updatedAtMs: this.clock.nowMs() });
    this.next(recurrence, schedule);
    this.scheduleDue();
  }

  /** Arranges one processing run after the sandbox delay when some attempt is due. */
  scheduleDue(): void {
    if (this.processing || !this.anythingDue()) return;
    this.processing = true;
    this.tasks.schedule(this.delayMs, () => {
      this.processing = false;
      this.chargeDue();
    });
  }

  private anythingDue(): boolean {
    const today = this.today();
    return [...this.recurrences.values()].some((r) => r.status === 'ACTIVE' && (pendingOf(r)?.nextAttemptDate ?? '9999') <= today);
  }

  private chargeDue(): void {
    const today = this.today();
    for (const recurrence of [...this.recurrences.values()].sort((a, b) => a.seq - b.seq)) {
      for (let pending = pendingOf(recurrence); recurrence.status === 'ACTIVE' && pending && pending.nextAttemptDate <= today; pending = pendingOf(recurrence)) {
        this.attempt(recurrence, pending);
      }
    }
  }

  private attempt(recurrence: SimRecurrence, schedule: SimSchedule): void {
    const transaction = this.cards.authorize({
      amountCents: recurrence.amountCents,
      installments: 1,
      card: recurrence.card,
      document: recurrence.document,
      description: recurrence.description,
      userReference: recurrence.userReference,
      cardToken: null,
      recurrenceId: recurrence.recurrenceId,
      scheduleId: schedule.scheduleId,
    });
    const now = this.clock.nowMs();
    Object.assign(schedule, { attempts: schedule.attempts + 1, transactionId: transaction.transactionId, updatedAtMs: now });
    if (transaction.status === 'APPROVED') {
      Object.assign(schedule, { status: 'PAID', paidAtMs: now });
      this.report(recurrence, schedule, transaction.nsu);
      this.next(recurrence, schedule);
    } else if (schedule.attempts >= recurrence.maxAttempts) {
      schedule.status = 'FAILED';
      Object.assign(recurrence, { status: 'CANCELED', cancelReason: 'MAX_ATTEMPTS_REACHED', canceledAtMs: now });
      this.report(recurrence, schedule, transaction.nsu);
    } else {
      schedule.nextAttemptDate = plusDays(schedule.nextAttemptDate, 1);
    }
  }

  /** After a final schedule: the next one, or COMPLETED after the last of a LIMITED_TIMES recurrence. */
  private next(recurrence: SimRecurrence, done: SimSchedule): void {
    if (recurrence.status !== 'ACTIVE') return;
    if (recurrence.numberInstallments !== null && done.installmentNumber >= recurrence.numberInstallments) recurrence.status = 'COMPLETED';
    else this.addSchedule(recurrence, done.installmentNumber + 1);
  }

  private addSchedule(recurrence: SimRecurrence, installmentNumber: number): void {
    const scheduledDate = nthChargeDate(recurrence.startDate, recurrence.recurrenceFrequency, installmentNumber - 1);
    recurrence.schedules.push({
      scheduleId: randomUUID(),
      installmentNumber,
      scheduledDate,
      status: 'SCHEDULED',
      attempts: 0,
      nextAttemptDate: scheduledDate,
      transactionId: null,
      paidAtMs: null,
      updatedAtMs: this.clock.nowMs(),
    });
  }

  /** ASM-A16: CARD_RECURRING_INBOUND when a schedule becomes PAID or FAILED. */
  private report(recurrence: SimRecurrence, schedule: SimSchedule, nsu: string): void {
    this.webhooks.emit('CARD_RECURRING_INBOUND', {
      recurrenceId: recurrence.recurrenceId,
      scheduleId: schedule.scheduleId,
      installmentNumber: schedule.installmentNumber,
      status: schedule.status,
      transactionId: schedule.transactionId,
      nsu,
      amount: reais(recurrence.amountCents),
      scheduledDate: schedule.scheduledDate,
      attempts: schedule.attempts,
      paymentDate: schedule.paidAtMs === null ? null : new Date(schedule.paidAtMs).toISOString(),
      userReference: recurrence.userReference,
    });
  }
}

export function pendingOf(recurrence: SimRecurrence): SimSchedule | undefined {
  return recurrence.schedules.find((schedule) => schedule.status === 'SCHEDULED');
}
