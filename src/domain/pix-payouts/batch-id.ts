import { createHmac } from 'node:crypto';

/**
 * The provider-side batch id (Astra checkoutId, ≤ 50 characters) derived from the client and its
 * idempotencyKey. A create retried after a timeout computes the same id, so it can look the batch
 * up instead of creating a second one, and Astra itself refuses a second batch with that id
 * (ASM-A30). Keyed with the client id so two clients' keys never collide, hashed so neither key
 * nor client leaks to the provider.
 */
export function payoutBatchId(clientId: string, idempotencyKey: string): string {
  const digest = createHmac('sha256', 'paygraph:pix-payout-batch').update(`${clientId}\u0000${idempotencyKey}`).digest('base64url');
  return `PG${digest.slice(0, 40)}`;
}
