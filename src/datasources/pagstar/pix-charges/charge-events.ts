import { PixChargeStatus, type PixChargeRecord } from '../../../domain/pix-charges/model';
import type { PaymentEventType, NewPaymentEvent } from '../../../events/payment-event';
import { PixChargeEventType } from '../../../domain/pix-charges/events';
import { eventIdFor } from '../../../events/webhook-relay';

/** Pagstar charge statuses that are events; 1 and 2 are terminal (ASM-P06). */
const EVENT_TYPE: Partial<Record<PixChargeStatus, PaymentEventType>> = {
  [PixChargeStatus.PAID]: PixChargeEventType.PIX_CHARGE_PAID,
  [PixChargeStatus.EXPIRED]: PixChargeEventType.PIX_CHARGE_EXPIRED,
};

export const TERMINAL = new Set<PixChargeStatus>([PixChargeStatus.PAID, PixChargeStatus.EXPIRED]);

/**
 * The relay's de-duplication key of a Pagstar charge event. The relay derives the event id as
 * `eventIdFor("PAGSTAR:" + key)`, which is exactly `pagstarChargeEventId`: the webhook and the
 * poller name the same event the same way.
 */
export function pagstarChargeDedupKey(reference: string, status: PixChargeStatus): string {
  return `pix:${reference}:${status}`;
}

/**
 * Event id from (provider, external_reference, normalized status) only — nothing about who saw
 * it or when — so the poller and the webhook path produce the same id and the bus publishes a
 * paid charge once, whichever path saw it first.
 */
export function pagstarChargeEventId(reference: string, status: PixChargeStatus): string {
  return eventIdFor(`PAGSTAR:${pagstarChargeDedupKey(reference, status)}`);
}

/** The event a re-fetched charge represents, or null when its status is not an event (ACTIVE, UNKNOWN). */
export function pagstarChargeEvent(charge: PixChargeRecord, occurredAt: Date): NewPaymentEvent | null {
  const type = EVENT_TYPE[charge.status];
  if (!type) return null;
  return {
    id: pagstarChargeEventId(charge.txid, charge.status),
    type,
    provider: 'PAGSTAR',
    occurredAt: charge.paidAt ?? occurredAt,
    subjectId: charge.id,
    subject: charge,
  };
}
