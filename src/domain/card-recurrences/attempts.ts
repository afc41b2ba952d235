import type { NewPaymentEvent } from '../../events/payment-event';
import { CardRecurrenceEventType } from './events';
import { CardRecurrenceScheduleStatus, type CardRecurrenceRecord, type CardRecurrenceScheduleRecord } from './model';
import type { CardRecurrencePort } from './port';

export enum CardRecurrenceAttemptOutcome {
  PAID = 'PAID',
  DECLINED = 'DECLINED',
}

/**
 * One charge attempt of a recurrence's schedule (GraphQL `CardRecurrenceAttempt`). Astra keeps per
 * schedule only how many attempts were made and the latest one's transaction (ASM-A49), so an
 * attempt is (schedule, number): every attempt before the latest was declined (a declined charge
 * is retried the next day), and the latest is PAID when the schedule is.
 */
export interface CardRecurrenceAttemptValue {
  scheduleId: string;
  installmentNumber: number;
  attemptNumber: number;
  outcome: CardRecurrenceAttemptOutcome;
  /** This attempt made the schedule final: PAID, or the last allowed attempt declined (FAILED). */
  final: boolean;
  /** The attempt's card transaction, known for the latest attempt of a schedule only. */
  transactionId: string | null;
  /** When it was made, known for the latest attempt only. */
  attemptedAt: Date | null;
}

/** Every attempt a schedule has made, first to latest. */
export function attemptsOf(schedule: CardRecurrenceScheduleRecord): CardRecurrenceAttemptValue[] {
  return Array.from({ length: schedule.attempts }, (_, i) => {
    const latest = i === schedule.attempts - 1;
    const paid = latest && schedule.status === CardRecurrenceScheduleStatus.PAID;
    return {
      scheduleId: schedule.scheduleId,
      installmentNumber: schedule.installmentNumber,
      attemptNumber: i + 1,
      outcome: paid ? CardRecurrenceAttemptOutcome.PAID : CardRecurrenceAttemptOutcome.DECLINED,
      final: latest && (schedule.status === CardRecurrenceScheduleStatus.PAID || schedule.status === CardRecurrenceScheduleStatus.FAILED),
      transactionId: latest ? schedule.transactionId : null,
      attemptedAt: latest ? (schedule.paidAt ?? schedule.updatedAt) : null,
    };
  });
}

/** What names one attempt in an event id: every path that publishes it (webhook, watch, instances) agrees. */
export function attemptKey(provider: string, recurrenceId: string, attempt: Pick<CardRecurrenceAttemptValue, 'scheduleId' | 'attemptNumber'>): string {
  return `${provider}:CardRecurrenceAttempt:${recurrenceId}:${attempt.scheduleId}:${attempt.attemptNumber}`;
}

/** Orders attempts in time: later installments after earlier ones, then by attempt number. */
export function attemptIsLater(candidate: CardRecurrenceAttemptValue, last: CardRecurrenceAttemptValue): boolean {
  if (candidate.installmentNumber !== last.installmentNumber) return candidate.installmentNumber > last.installmentNumber;
  return candidate.attemptNumber > last.attemptNumber;
}

const PAGE = 100;

/**
 * The latest schedules of a recurrence (up to 100), in installment order: the only ones that can
 * still change or hold the latest attempt (only the next schedule is created ahead, ASM-A49). Two
 * reads at most: the first page, and the last one when there are more.
 */
export async function recentSchedules(port: CardRecurrencePort, recurrenceId: string): Promise<CardRecurrenceScheduleRecord[]> {
  const first = await port.listSchedules(recurrenceId, 0, PAGE);
  if (!first.hasNextPage || first.totalCount === null || first.totalCount <= PAGE) return first.items;
  return (await port.listSchedules(recurrenceId, first.totalCount - PAGE, PAGE)).items;
}

/** The most recent attempt of a recurrence (null before its first). */
export function latestAttempt(schedules: CardRecurrenceScheduleRecord[]): CardRecurrenceAttemptValue | null {
  const tried = schedules.filter((schedule) => schedule.attempts > 0);
  if (tried.length === 0) return null;
  const newest = tried.reduce((a, b) => (b.installmentNumber > a.installmentNumber ? b : a));
  return attemptsOf(newest).at(-1) ?? null;
}

/**
 * The CARD_RECURRENCE_ATTEMPT event of one attempt: the recurrence as re-read, with the attempt it
 * is about (`latestAttempt`). `id` is the caller's eventIdFor(attemptKey(…)).
 */
export function attemptEvent(recurrence: CardRecurrenceRecord, attempt: CardRecurrenceAttemptValue, id: string, now: Date): NewPaymentEvent {
  const subject: CardRecurrenceRecord = { ...recurrence, attempt };
  return { id, type: CardRecurrenceEventType.CARD_RECURRENCE_ATTEMPT, provider: recurrence.provider, occurredAt: attempt.attemptedAt ?? now, subjectId: recurrence.id, subject };
}
