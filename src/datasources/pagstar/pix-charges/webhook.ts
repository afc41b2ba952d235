import { PixChargeStatus } from '../../../domain/pix-charges/model';
import type { PixChargePort } from '../../../domain/pix-charges/port';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import type { ConfirmResult, ParsedDelivery, ProviderWebhookHandler } from '../../../events/webhook-relay';
import { systemClock, type Clock } from '../../../lib/clock';
import { pagstarChargeEvent } from './charge-events';
import { parsePagstarDelivery, type PagstarDelivery } from './webhook-payload';

type Confirmable = Extract<PagstarDelivery, { kind: 'payment' }>;

/**
 * Pagstar's webhook handler for the relay (ASM-P08: de-duplicate by external_reference + status,
 * confirm with GET details). The published event id comes from the *confirmed* status
 * (charge-events.ts), the same id the poller uses, so the bus reports a deposit once.
 */
export function pagstarWebhookHandler(pix: PixChargePort, clock: Clock = systemClock): ProviderWebhookHandler<Confirmable> {
  return {
    parse(body: unknown): ParsedDelivery<Confirmable> {
      const delivery = parsePagstarDelivery(body);
      if (delivery.kind === 'invalid') return { ok: false, reason: delivery.reason };
      if (delivery.kind === 'transfer') {
        return { ok: true, dedupKey: delivery.dedupKey, occurredAt: delivery.occurredAt, confirmable: false, product: 'PAGSTAR_TRANSFER' };
      }
      return { ok: true, dedupKey: delivery.dedupKey, occurredAt: delivery.occurredAt, confirmable: true, product: 'PAGSTAR_PAYMENT', delivery };
    },
    confirm: (delivery) => confirm(pix, delivery, clock),
  };
}

async function confirm(pix: PixChargePort, delivery: Confirmable, clock: Clock): Promise<ConfirmResult> {
  let charge;
  try {
    charge = await pix.getCharge(delivery.reference);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  if (delivery.claimed !== PixChargeStatus.UNKNOWN && charge.status !== delivery.claimed) {
    return { outcome: 'suspicious', reason: `claims ${delivery.claimed}; provider reports ${charge.status}` };
  }
  const event = pagstarChargeEvent(charge, delivery.occurredAt ?? clock.now());
  if (!event) return { outcome: 'suspicious', reason: `provider reports ${charge.status}, which is not an event` };
  return { outcome: 'confirmed', event };
}
