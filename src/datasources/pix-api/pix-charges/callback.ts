import { PixChargeStatus } from '../../../domain/pix-charges/model';
import { PixChargeEventType } from '../../../domain/pix-charges/events';
import type { ConfirmResult, ParsedDelivery, ProviderWebhookHandler } from '../../../events/webhook-relay';
import { systemClock, type Clock } from '../../../lib/clock';
import type { ProviderHttp } from '../../http/provider-http';
import { PIX_API_ASSUMPTIONS as A } from '../assumptions';
import { readBackClaimedPix } from '../claimed-pix';
import { instantFromWire } from '../transformers';
import { chargeFromWire } from './transformers';
import type { PixApiCobWire, PixApiPixWire, PixApiRefundWire } from './wire';

/** One item of the callback's `pix` list, as claimed (nothing in it is trusted, ASM-X14). */
export type PixApiCallbackItem = { kind: 'paid'; e2eid: string; txid: string } | { kind: 'refund'; e2eid: string; txid: string; refundId: string; status: string };

const MAX_ITEMS = 500;
const E2E_ID = /^[a-zA-Z0-9]{32}$/;
const TXID = /^[a-zA-Z0-9]{1,35}$/;
const FINAL_REFUND = new Set<string>([A.refund.refunded, A.refund.failed]);
const PAID = new Set([PixChargeStatus.PAID, PixChargeStatus.PARTIALLY_REFUNDED, PixChargeStatus.REFUNDED]);

/** `{ "pix": [ … ] }` → its items; null for anything else. */
export function splitCallback(body: unknown): unknown[] | null {
  const list = typeof body === 'object' && body !== null ? (body as { pix?: unknown }).pix : undefined;
  return Array.isArray(list) ? list.slice(0, MAX_ITEMS) : null;
}

/**
 * One callback item → what it claims. A Pix with a refund in a final state (DEVOLVIDO /
 * NAO_REALIZADO) is a refund notice (the specification fires the callback for those too); any
 * other Pix with a txid is a payment. `devolucoes` may be one object (as in the specification's own
 * example) or a list.
 */
export function parseCallbackItem(raw: unknown): ParsedDelivery<PixApiCallbackItem> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'pix item is not an object' };
  const pix = raw as Partial<PixApiPixWire> & { devolucoes?: unknown };
  if (typeof pix.endToEndId !== 'string' || !E2E_ID.test(pix.endToEndId)) return { ok: false, reason: 'pix item without a valid endToEndId' };
  if (typeof pix.txid !== 'string' || !TXID.test(pix.txid)) {
    // Only Pix of a charge (with a txid) are notified; one without is acknowledged, never published.
    return { ok: true, dedupKey: `pix:${pix.endToEndId}`, occurredAt: instantFromWire(pix.horario), confirmable: false, product: 'PIX_WITHOUT_TXID' };
  }
  const refunds = (Array.isArray(pix.devolucoes) ? pix.devolucoes : pix.devolucoes ? [pix.devolucoes] : []) as Partial<PixApiRefundWire>[];
  const final = refunds.filter((refund) => typeof refund?.id === 'string' && TXID.test(refund.id) && typeof refund.status === 'string' && FINAL_REFUND.has(refund.status)).at(-1);
  if (final) {
    const delivery: PixApiCallbackItem = { kind: 'refund', e2eid: pix.endToEndId, txid: pix.txid, refundId: final.id!, status: final.status! };
    const occurredAt = instantFromWire(final.horario?.liquidacao ?? final.horario?.solicitacao);
    return { ok: true, dedupKey: `devolucao:${pix.endToEndId}:${final.id}:${final.status}`, occurredAt, confirmable: true, product: 'PIX_REFUND', delivery };
  }
  const delivery: PixApiCallbackItem = { kind: 'paid', e2eid: pix.endToEndId, txid: pix.txid };
  return { ok: true, dedupKey: `pix:${pix.endToEndId}`, occurredAt: instantFromWire(pix.horario), confirmable: true, product: 'PIX_RECEIVED', delivery };
}

/**
 * The API Pix callback handler for the relay: each item is read back (`GET /pix/{e2eid}`, then the
 * cob `GET /cob/{txid}`) and only what the PSP confirms is published, as PIX_CHARGE_PAID or
 * PIX_CHARGE_REFUNDED with the re-read charge as subject. An e2eid the PSP does not know publishes
 * nothing (a forged callback); a Pix of another txid, or a refund in another state, is suspicious.
 */
export function pixApiCallbackHandler(http: ProviderHttp, clock: Clock = systemClock): ProviderWebhookHandler<PixApiCallbackItem> {
  return { split: splitCallback, parse: parseCallbackItem, confirm: (item, eventId) => confirm(http, clock, item, eventId) };
}

async function confirm(http: ProviderHttp, clock: Clock, item: PixApiCallbackItem, eventId: string): Promise<ConfirmResult> {
  const readBack = await readBackClaimedPix<PixApiPixWire, PixApiCobWire>(http, item, A.paths.cob(item.txid));
  if ('outcome' in readBack) return readBack;
  const { pix, charge: cob } = readBack;
  const charge = chargeFromWire(cob, clock.now());
  if (!(cob.pix ?? []).some((paid) => paid.endToEndId === item.e2eid) || !PAID.has(charge.status)) {
    return { outcome: 'suspicious', reason: `the cob does not list this Pix as paid (status ${charge.status})` };
  }
  if (item.kind === 'paid') {
    return {
      outcome: 'confirmed',
      event: {
        id: eventId,
        type: PixChargeEventType.PIX_CHARGE_PAID,
        provider: 'PIX_API',
        occurredAt: instantFromWire(pix.horario) ?? clock.now(),
        subjectId: charge.id,
        subject: charge,
      },
    };
  }
  const refund = (pix.devolucoes ?? []).find((candidate) => candidate.id === item.refundId);
  if (!refund || refund.status !== item.status) return { outcome: 'suspicious', reason: `the PSP reports refund ${item.refundId} as ${refund?.status ?? 'absent'}` };
  // A refund that was not made (NAO_REALIZADO) moved no money: nothing to publish.
  if (refund.status !== A.refund.refunded) return { outcome: 'suspicious', reason: 'refund not made (NAO_REALIZADO)' };
  const occurredAt = instantFromWire(refund.horario?.liquidacao) ?? clock.now();
  return { outcome: 'confirmed', event: { id: eventId, type: PixChargeEventType.PIX_CHARGE_REFUNDED, provider: 'PIX_API', occurredAt, subjectId: charge.id, subject: charge } };
}
