import { randomUUID } from 'node:crypto';

/**
 * The `x-transaction-id` of one *logical* provider call.
 *
 * Project decision: one fresh UUID per logical call, sent unchanged on every retry
 * attempt of that call (including the retry after a 401 token refresh), so that provider support
 * can trace all attempts of one operation with the id we quote. Note that ASM-A05 says
 * "fresh UUID v4 per HTTP attempt"; the lead chose per logical call on purpose.
 */
export function newTransactionId(): string {
  return randomUUID();
}
