import { createHash } from 'node:crypto';

/** Hex characters of the payment id's digest in a PixPayout's provider id. */
const DIGEST_LENGTH = 16;
const SEPARATOR = '_';

/**
 * The provider-id part of a PixPayout's global id: `<batchId>_<16 hex of sha256(paymentId)>`.
 * A payment is known by its batch and its payment id, but the payment id is free text (≤ 50
 * characters) and a provider id in a global id must be 1–64 of `[A-Za-z0-9_-]` (ASM-A55, in
 * datasources/astra/assumptions.ts), so the payment id is digested; `node(id:)` finds the
 * payment by scanning its batch for that digest. Batch ids made by Paygraph are 42 characters.
 */
export function payoutProviderId(batchId: string, paymentId: string): string {
  return `${batchId}${SEPARATOR}${paymentDigest(paymentId)}`;
}

/** The batch id and payment digest of a PixPayout's provider id, or null when malformed. */
export function parsePayoutProviderId(providerId: string): { batchId: string; digest: string } | null {
  const split = providerId.length - DIGEST_LENGTH - 1;
  if (split < 1 || providerId[split] !== SEPARATOR) return null;
  const digest = providerId.slice(split + 1);
  if (!/^[0-9a-f]+$/.test(digest)) return null;
  return { batchId: providerId.slice(0, split), digest };
}

export function paymentDigest(paymentId: string): string {
  return createHash('sha256').update(paymentId, 'utf8').digest('hex').slice(0, DIGEST_LENGTH);
}
