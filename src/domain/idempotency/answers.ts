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

/**
 * OUTCOME_UNKNOWN for a create whose provider picks the id and keeps nothing Paygraph could match
 * exactly: an earlier attempt got no answer, so the object may or may not exist. `subject` names it
 * ("the charge"), `lookUp` says where the caller can look ("pixCharges (by reference or creation time)").
 */
export function createOutcomeUnknownError(attemptStartedAt: number, subject: string, lookUp: string): UserErrorShape {
  return userError(
    ['input', 'idempotencyKey'],
    UserErrorCode.OUTCOME_UNKNOWN,
    `An earlier attempt with this idempotencyKey (started ${new Date(attemptStartedAt).toISOString()}) got no answer from the provider, so ${subject} may or may not exist. ` +
      `Look for it with ${lookUp} and, if it is not there, create it with a new idempotencyKey.`,
  );
}
