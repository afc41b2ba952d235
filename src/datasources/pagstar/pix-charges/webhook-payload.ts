import { PixChargeStatus } from '../../../domain/pix-charges/model';
import { PAGSTAR_ASSUMPTIONS as A } from '../assumptions';
import { parseLaravelDate } from '../transformers';
import { pagstarChargeDedupKey } from './charge-events';
import { webhookStatusFromWire } from './transformers';

/**
 * Pagstar notification payloads (ASM-P08: one shape for every event) → a parsed delivery.
 * A delivery only *claims* something (Pagstar signs nothing): the relay confirms deposits with
 * GET details before publishing. Transfers (withdrawals) are acknowledged and ignored: Paygraph
 * has no Pagstar payout datasource.
 */
export type PagstarDelivery =
  | { kind: 'payment'; dedupKey: string; reference: string; claimed: PixChargeStatus; occurredAt: Date | null }
  | { kind: 'transfer'; dedupKey: string; occurredAt: Date | null }
  | { kind: 'invalid'; reason: string };

const MAX_REFERENCE = 100;

export function parsePagstarDelivery(body: unknown): PagstarDelivery {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('body is not a JSON object');
  const b = body as Record<string, unknown>;
  const reference = b.external_reference;
  if (typeof reference !== 'string' || reference.length === 0 || reference.length > MAX_REFERENCE || !/^[\w.-]+$/.test(reference)) {
    return invalid('external_reference is required');
  }
  if (typeof b.status !== 'string' || b.status.length === 0 || b.status.length > 40) return invalid('status is required');
  const occurredAt = parseLaravelDate(typeof b.updated_at === 'string' ? b.updated_at : null);
  if (b.type === A.webhook.transfer) {
    return { kind: 'transfer', dedupKey: `transfer:${reference}:${b.status.toLowerCase()}`, occurredAt };
  }
  if (b.type !== A.webhook.payment) return invalid('type must be payment or transfer');
  const claimed = webhookStatusFromWire(b.status);
  // An unknown status string is still worth a GET: the re-read state is what gets published.
  const dedupKey = claimed === PixChargeStatus.UNKNOWN ? `pix:${reference}:raw:${b.status.toLowerCase()}` : pagstarChargeDedupKey(reference, claimed);
  return { kind: 'payment', dedupKey, reference, claimed, occurredAt };
}

function invalid(reason: string): PagstarDelivery {
  return { kind: 'invalid', reason };
}
