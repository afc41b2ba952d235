import type { ProviderCode } from '../../providers';
import type { UseCaseDeps } from '../use-case';
import type { UserErrorShape } from '../user-errors';
import { conflictError, inProgressError } from './answers';
import type { AttemptInfo } from './guard';

/** One mutation run under the IdempotencyGuard: what it is, how to run it and how it answers refusals. */
export interface KeyedRun<T> {
  /** The mutation (`createPixCharge`, `releasePixPayoutBatch`…); with the client id it scopes the key. */
  operation: string;
  /** The caller's idempotency key, or the object a transition acts on. Absent: `execute()` runs once, unguarded. */
  key: string | null | undefined;
  /** What makes two requests "the same" (the fingerprint). Never a secret: it is hashed into the store. */
  request: unknown;
  provider: ProviderCode;
  /** Runs one attempt; `attempt` is absent only when there is no key. */
  execute(attempt?: AttemptInfo): Promise<T>;
  /** This mutation's answer carrying one user error: the key's conflict or in-progress answers. */
  failed(error: UserErrorShape): T;
  /** Provider ids in an answer (logged with the record, for reconciliation). */
  providerIds?(value: T): string[];
  /** False for answers that must not be replayed (the next attempt runs again). Default: every answer is final. */
  isFinal?(value: T): boolean;
  /** Whether `execute` calls `attempt.beforeWrite()` before its write (guard.ts, the in-flight window). Default true. */
  declaresWrites?: boolean;
  /** A stored answer being replayed: e.g. read the object again to answer it as it is now. Default: as stored. */
  replay?(stored: T): Promise<T>;
}

/**
 * The one idempotent-mutation runner: every money-moving mutation goes through it, so the key's
 * scope, the fingerprint, the in-flight window and the conflict / in-progress answers are the
 * same everywhere (docs/idempotency.md). What differs per mutation is only `execute`.
 */
export async function runKeyed<T>(deps: Pick<UseCaseDeps, 'idempotency' | 'clientId'>, run: KeyedRun<T>): Promise<T> {
  if (run.key == null) return run.execute();
  const outcome = await deps.idempotency.run(`${deps.clientId}:${run.operation}`, run.key, run.request, (attempt) => run.execute(attempt), {
    provider: run.provider,
    declaresWrites: run.declaresWrites ?? true,
    ...(run.isFinal ? { isFinal: (value: T) => run.isFinal!(value) } : {}),
    ...(run.providerIds ? { providerIds: (value: T) => run.providerIds!(value) } : {}),
  });
  if (outcome.kind === 'conflict') return run.failed(conflictError());
  if (outcome.kind === 'in_progress') return run.failed(inProgressError());
  if (outcome.kind === 'replayed' && run.replay) return run.replay(outcome.value);
  return outcome.value;
}
