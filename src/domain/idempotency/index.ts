export { IdempotencyGuard, type AttemptInfo, type IdempotentOutcome, type GuardOptions, type RunOptions } from './guard';
export type { IdempotencyStore } from './store';
export { MemoryIdempotencyStore } from './memory-store';
export {
  fingerprintOf,
  newAttemptId,
  serializeRecord,
  deserializeRecord,
  RECORD_TTL_MS,
  ATTEMPT_ID_PATTERN,
  type IdempotencyRecord,
  type AttemptMarker,
  type RecordState,
} from './record';
export { checkIdempotencyKey, IDEMPOTENCY_KEY_MAX } from './key';
export { conflictError, inProgressError, createOutcomeUnknownError } from './answers';
export { runKeyed, type KeyedRun } from './run-keyed';
export { runProviderWrite, idempotencyKeyErrors, type Answer, type ProviderWrite } from './run-idempotently';
