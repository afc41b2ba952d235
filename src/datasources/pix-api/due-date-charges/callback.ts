import { DueDatePixChargeEventType } from '../../../domain/due-date-charges/events';
import { DueDatePixChargeStatus } from '../../../domain/due-date-charges/model';
import type { ConfirmResult, ProviderWebhookHandler } from '../../../events/webhook-relay';
import { systemClock, type Clock } from '../../../lib/clock';
import type { ProviderHttp } from '../../http/provider-http';
import { readBackClaimedPix } from '../claimed-pix';
import { instantFromWire } from '../transformers';
import { PIX_API_DUE_DATE_ASSUMPTIONS as A } from './assumptions';
import { chargeFromWire } from './transformers';
import type { CobVPixWire, CobVWire } from './wire';

/** What a callback item claims, as the API Pix callback parser hands it over (its `pix-charges/callback.ts`). */
export interface ClaimedPix {
  kind: string;
  e2eid: string;
  txid: string;
}

/**
 * The API Pix callback handler, extended to charges with a due date: an item that the immediate
 * charge confirmation does not know (no cob with that txid) is tried as the payment of a cobv,
 * confirmed the same way, by reading back the Pix (`GET /pix/{e2eid}`, same txid) and the cobv
 * (`GET /cobv/{txid}`: CONCLUIDA, listing that Pix) before DUE_DATE_PIX_CHARGE_PAID is published
 * with the re-read charge. A forged claim publishes nothing.
 */
export function withDueDateChargePayments<T extends ClaimedPix>(handler: ProviderWebhookHandler<T>, http: ProviderHttp, clock: Clock = systemClock): ProviderWebhookHandler<T> {
  return {
    ...handler,
    confirm: async (item, eventId) => {
      const result = await handler.confirm(item, eventId);
      if (result.outcome !== 'unknown-subject' || item.kind !== 'paid') return result;
      return confirmDueDatePayment(http, clock, item, eventId);
    },
  };
}

export async function confirmDueDatePayment(http: ProviderHttp, clock: Clock, item: ClaimedPix, eventId: string): Promise<ConfirmResult> {
  const readBack = await readBackClaimedPix<CobVPixWire, CobVWire>(http, item, A.paths.cobv(item.txid));
  if ('outcome' in readBack) return readBack;
  const { pix } = readBack;
  const charge = chargeFromWire(readBack.charge);
  if (charge.status !== DueDatePixChargeStatus.PAID || !charge.payments.some((payment) => payment.endToEndId === item.e2eid)) {
    return { outcome: 'suspicious', reason: `the cobv does not list this Pix as paid (status ${charge.status})` };
  }
  const occurredAt = instantFromWire(pix.horario) ?? clock.now();
  return {
    outcome: 'confirmed',
    event: { id: eventId, type: DueDatePixChargeEventType.DUE_DATE_PIX_CHARGE_PAID, provider: 'PIX_API', occurredAt, subjectId: charge.id, subject: charge },
  };
}
