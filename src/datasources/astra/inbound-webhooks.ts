import { reaisToCents } from '../../lib/money';
import { parseInstant } from './transformers';

/**
 * Astra webhook payloads (§2.3, ASM-A11…A16) → a parsed delivery with its de-duplication key.
 * Payloads are flat objects without a type field; the shape tells them apart (ASM-A14).
 * A payload only *claims* something: the relay confirms it with a GET before publishing.
 */
export type AstraDelivery =
  | { kind: 'pix-payment'; dedupKey: string; txid: string; endToEndId: string; occurredAt: Date | null }
  | { kind: 'pix-refund'; dedupKey: string; txid: string; endToEndId: string; devolutionEndToEndId: string; occurredAt: Date | null }
  | { kind: 'unconfirmable'; dedupKey: string; product: string; occurredAt: Date | null }
  | { kind: 'invalid'; reason: string };

type Json = Record<string, unknown>;

export function parseAstraDelivery(body: unknown): AstraDelivery {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('body is not a JSON object');
  const b = body as Json;
  if ('txid' in b) return parsePix(b);
  if ('paymentLinkUuid' in b) {
    if (!str(b.paymentLinkUuid)) return invalid('paymentLinkUuid missing');
    const key = str(b.paymentId) ? `link:${b.paymentId}` : `link:${b.paymentLinkUuid}:${(b.status as Json | undefined)?.code ?? ''}`;
    return { kind: 'unconfirmable', dedupKey: key, product: 'PAYMENT_LINK_INBOUND', occurredAt: instant(b.paymentDate ?? b.updatedAt) };
  }
  if ('checkoutId' in b) {
    if (!str(b.checkoutId) || !str(b.paymentId) || !str(b.status)) return invalid('checkoutId, paymentId and status are required');
    return { kind: 'unconfirmable', dedupKey: `outbound:${b.checkoutId}:${b.paymentId}:${b.status}`, product: 'PIX_OUTBOUND', occurredAt: instant(b.processedAt) };
  }
  if ('scheduleId' in b) {
    if (!str(b.scheduleId) || !str(b.status)) return invalid('scheduleId and status are required');
    return { kind: 'unconfirmable', dedupKey: `recurring:${b.scheduleId}:${b.status}`, product: 'CARD_RECURRING_INBOUND', occurredAt: instant(b.paymentDate) };
  }
  if ('chargebackDate' in b) {
    if (!str(b.transactionId)) return invalid('transactionId is required');
    return { kind: 'unconfirmable', dedupKey: `chargeback:${b.transactionId}`, product: 'CARD_CHARGEBACK', occurredAt: instant(b.chargebackDate) };
  }
  if ('transactionId' in b) {
    if (!str(b.transactionId) || !str(b.status)) return invalid('transactionId and status are required');
    return { kind: 'unconfirmable', dedupKey: `card:${b.transactionId}:${b.status}`, product: 'CARD_PAYMENT_INBOUND', occurredAt: instant(b.paymentDate) };
  }
  // An event type Astra added after this code: acknowledge (so Astra stops retrying) and log it.
  return { kind: 'unconfirmable', dedupKey: 'unknown', product: 'UNKNOWN', occurredAt: null };
}

function parsePix(b: Json): AstraDelivery {
  if (!str(b.txid) || !str(b.endToEndId) || !str(b.type)) return invalid('txid, endToEndId and type are required');
  if (typeof b.amount !== 'number' || !validAmount(b.amount)) return invalid('amount must be a number in reais');
  const occurredAt = instant(b.paymentDate);
  if (b.type === 'PAYMENT') {
    return { kind: 'pix-payment', dedupKey: `pix:PAYMENT:${b.endToEndId}`, txid: b.txid as string, endToEndId: b.endToEndId as string, occurredAt };
  }
  if (b.type === 'REFUND') {
    if (!str(b.devolutionEndToEndId)) return invalid('devolutionEndToEndId is required on refund events');
    return {
      kind: 'pix-refund',
      dedupKey: `pix:REFUND:${b.endToEndId}:${b.devolutionEndToEndId}`,
      txid: b.txid as string,
      endToEndId: b.endToEndId as string,
      devolutionEndToEndId: b.devolutionEndToEndId as string,
      occurredAt,
    };
  }
  return invalid(`unknown PIX_QR_INBOUND type ${String(b.type).slice(0, 20)}`);
}

function validAmount(value: number): boolean {
  try {
    reaisToCents(value);
    return value > 0;
  } catch {
    return false;
  }
}

function str(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function instant(value: unknown): Date | null {
  return typeof value === 'string' ? parseInstant(value) : null;
}

function invalid(reason: string): AstraDelivery {
  return { kind: 'invalid', reason };
}
