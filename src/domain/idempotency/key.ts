import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';

export const IDEMPOTENCY_KEY_MAX = 255;
/** Printable ASCII (space to tilde): safe in logs, Redis keys and support tickets. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * Idempotency keys are 1–255 printable ASCII characters. Anything else is an INVALID user error
 * before any store or provider call, so a client cannot grow the store with huge keys.
 */
export function checkIdempotencyKey(key: string | null | undefined, errors: UserErrorShape[]): void {
  if (key === undefined || key === null) return;
  if (key.length < 1 || key.length > IDEMPOTENCY_KEY_MAX || !PRINTABLE_ASCII.test(key)) {
    errors.push(userError(['input', 'idempotencyKey'], UserErrorCode.INVALID, `idempotencyKey must be 1–${IDEMPOTENCY_KEY_MAX} printable ASCII characters.`));
  }
}
