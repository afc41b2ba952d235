import { createHmac, randomBytes } from 'node:crypto';

/** What a derived id is for: the same key never names two kinds of resource. */
export type DerivedIdKind = 'cob' | 'cobv' | 'devolucao';

export interface DerivedIdInput {
  /** The PSP account (PIX_API_CLIENT_ID): two accounts never derive the same id from one key. */
  pspClientId: string;
  /** Paygraph's caller (the API client id the idempotency key is scoped to). */
  clientId: string;
  idempotencyKey: string;
}

const ALPHANUMERIC = /^[a-zA-Z0-9]+$/;
const LENGTH = 35;

/**
 * The caller-chosen id of an API Pix write, derived from who asks and their idempotency key
 * (ASM-X07): a retry of the same request names the same `txid` / refund `id`, so it cannot create a
 * second charge or refund at the PSP, with no marker and no lookup. HMAC-SHA256 keyed by the PSP
 * account, over the kind, the client id and the key; the first 35 hex digits (140 bits). Hex is a
 * subset of `[a-zA-Z0-9]`, and 35 is inside both ranges (`txid` 26–35, refund id 1–35).
 */
export function derivePixApiId(kind: DerivedIdKind, input: DerivedIdInput): string {
  return createHmac('sha256', input.pspClientId).update(`${kind}\u0000${input.clientId}\u0000${input.idempotencyKey}`).digest('hex').slice(0, LENGTH);
}

/** The `txid` of a cob (`cobv` for a charge with a due date) created with an idempotency key. */
export function deriveTxid(input: DerivedIdInput, kind: 'cob' | 'cobv' = 'cob'): string {
  return derivePixApiId(kind, input);
}

/** The refund `id` of `PUT /pix/{e2eid}/devolucao/{id}` requested with an idempotency key. */
export function deriveRefundId(input: DerivedIdInput): string {
  return derivePixApiId('devolucao', input);
}

/** Without an idempotency key: a fresh random id of the same shape (35 hex digits). */
export function randomPixApiId(): string {
  return randomBytes(18).toString('hex').slice(0, LENGTH);
}

/** `[a-zA-Z0-9]{26,35}` (the specification's TxId). */
export function isTxid(value: string): boolean {
  return value.length >= 26 && value.length <= 35 && ALPHANUMERIC.test(value);
}
