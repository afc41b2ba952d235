import { CardRecurrenceScheduleStatus, type CardRecurrenceRecord } from '../../../domain/card-recurrences/model';
import { CARD_RECURRENCES, type CardRecurrencePort } from '../../../domain/card-recurrences/port';
import { findSchedule } from '../../../domain/card-recurrences/schedules';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import { CardRecurrenceEventType } from '../../../domain/card-recurrences/events';
import { eventIdFor, type ConfirmResult } from '../../../events/webhook-relay';
import type { NewPaymentEvent } from '../../../events/payment-event';
import { attemptEvent, attemptKey, attemptsOf } from '../../../domain/card-recurrences/attempts';
import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { systemClock, type Clock } from '../../../lib/clock';
import { instantOf, isShortText } from '../webhook-fields';
import type { AstraWebhookProduct } from '../webhook-product';

/** What the card recurrences family receives from Astra (webhook-deliveries.ts lists it). */
export const CARD_RECURRENCE_WEBHOOKS: readonly AstraWebhookProduct[] = [
  { product: 'CARD_RECURRING_INBOUND', identifiedBy: 'scheduleId', create: (port) => cardRecurringInbound(port(CARD_RECURRENCES)) },
];

type RecurringDelivery = { recurrenceId: string; scheduleId: string; status: string };

// The schedule states a delivery may claim (ASM-A16: sent when a schedule becomes PAID or FAILED; both are final).
const CLAIMS: Record<string, CardRecurrenceScheduleStatus> = { PAID: CardRecurrenceScheduleStatus.PAID, FAILED: CardRecurrenceScheduleStatus.FAILED };

/**
 * CARD_RECURRING_INBOUND (ASM-A16, ASM-A49): a schedule became PAID or FAILED. Confirmed by
 * re-reading the recurrence and its schedules from Astra (only what Astra answers to an
 * authenticated GET is believed); published as CARD_RECURRING_CHARGED with the re-read
 * recurrence as subject, so `cardRecurrenceUpdated(id)` subscribers see it too. Each attempt of
 * that schedule (declined ones first, then the one that decided it) is also published as
 * CARD_RECURRENCE_ATTEMPT, with the id the recurrence watch gives the same attempt.
 */
export function cardRecurringInbound(recurrences?: CardRecurrencePort, clock: Clock = systemClock): WebhookProduct<RecurringDelivery> {
  return {
    product: 'CARD_RECURRING_INBOUND',
    parse(b: WebhookBody): ProductParse<RecurringDelivery> {
      if (!isShortText(b.recurrenceId) || !isShortText(b.scheduleId) || !isShortText(b.status)) return { ok: false, reason: 'recurrenceId, scheduleId and status are required' };
      const delivery = { recurrenceId: b.recurrenceId as string, scheduleId: b.scheduleId as string, status: b.status as string };
      return { ok: true, dedupKey: `recurring:${delivery.scheduleId}:${delivery.status}`, occurredAt: instantOf(b.paymentDate), delivery };
    },
    ...(recurrences ? { confirm: (delivery: RecurringDelivery, eventId: string) => confirm(recurrences, clock, delivery, eventId) } : {}),
  };
}

async function confirm(port: CardRecurrencePort, clock: Clock, delivery: RecurringDelivery, eventId: string): Promise<ConfirmResult> {
  let recurrence: CardRecurrenceRecord;
  try {
    recurrence = await port.get(delivery.recurrenceId);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  const schedule = await findSchedule(port, delivery.recurrenceId, delivery.scheduleId);
  if (!schedule) return { outcome: 'unknown-subject' };
  const claimed = CLAIMS[delivery.status];
  if (!claimed || schedule.status !== claimed) return { outcome: 'suspicious', reason: `claims ${delivery.status.slice(0, 20)}; provider reports ${schedule.status}` };
  const attempts = attemptsOf(schedule);
  const deciding = attempts.at(-1);
  const charged: NewPaymentEvent = {
    id: eventId,
    type: CardRecurrenceEventType.CARD_RECURRING_CHARGED,
    provider: 'ASTRA',
    occurredAt: schedule.paidAt ?? schedule.updatedAt ?? clock.now(),
    subjectId: recurrence.id,
    subject: deciding ? { ...recurrence, attempt: deciding } : recurrence,
  };
  // In the order they happened: the attempts (declined ones first), then the charge's outcome.
  const [first, ...rest] = [
    ...attempts.map((attempt) => attemptEvent(recurrence, attempt, eventIdFor(attemptKey('ASTRA', recurrence.recurrenceId, attempt)), clock.now())),
    charged,
  ];
  return { outcome: 'confirmed', event: first, also: rest };
}
