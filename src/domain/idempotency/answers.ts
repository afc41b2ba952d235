import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';

/** The user errors every idempotent mutation answers with (docs/idempotency.md). */

export function conflictError(): UserErrorShape {
  return userError(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_CONFLICT, 'This idempotencyKey was already used with different input.');
}

export function inProgressError(): UserErrorShape {
  return userError(
    ['input', 'idempotencyKey'],
    UserErrorCode.IDEMPOTENCY_IN_PROGRESS,
    'Another request with this idempotencyKey is still running; retry the same request shortly to get its result.',
  );
}
