import type { ProviderCode } from '../../providers';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkIdempotencyKey } from './key';
import { runKeyed } from './run-keyed';

export interface Answer<T> {
  value: T | null;
  userErrors: UserErrorShape[];
}

/** The key's own problems (format), to report with the input's before anything else happens. */
export function idempotencyKeyErrors(key: string | null | undefined): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  checkIdempotencyKey(key, errors);
  return errors;
}

export interface ProviderWrite<T> {
  operation: string;
  provider: ProviderCode;
  key: string | null | undefined;
  /** The fingerprint (see KeyedRun.request). */
  request: unknown;
  /** The one provider write. */
  call(): Promise<T>;
  /** The provider's id of what `call` created. */
  providerId(value: T): string;
  /** Rules that need the provider's current state; run under the key's lock, before the write. */
  precheck?(): Promise<UserErrorShape[]>;
}

/**
 * A money-moving write whose lost answer cannot be looked up exactly (no marker the provider keeps):
 * a provider 4xx is a deterministic PROVIDER_REJECTED answer (replayed); a lost answer leaves the
 * key's outcome unknown, so a repeat answers OUTCOME_UNKNOWN instead of moving money twice
 * (docs/idempotency.md). Built on the one runner, runKeyed.
 */
export function runProviderWrite<T>(deps: Pick<UseCaseDeps, 'idempotency' | 'clientId'>, write: ProviderWrite<T>): Promise<Answer<T>> {
  return runKeyed<Answer<T>>(deps, {
    operation: write.operation,
    key: write.key,
    request: write.request,
    provider: write.provider,
    failed: (error) => ({ value: null, userErrors: [error] }),
    // OUTCOME_UNKNOWN is an answer about earlier attempts, not an outcome: the key stays unknown.
    isFinal: (answer) => answer.userErrors[0]?.code !== UserErrorCode.OUTCOME_UNKNOWN,
    providerIds: (answer) => (answer.value ? [write.providerId(answer.value)] : []),
    execute: async (attempt) => {
      if (attempt && attempt.previousAttempts.length > 0) return { value: null, userErrors: [outcomeUnknown(write.operation, attempt.previousAttempts[0].startedAt)] };
      // Rules that depend on the provider's current state run under the key's lock: a repeat of a
      // request that already succeeded replays its answer instead of being refused by the new state.
      // A read that fails there leaves no unknown outcome: the write was never sent (declaresWrites).
      const refused = (await write.precheck?.()) ?? [];
      if (refused.length > 0) return { value: null, userErrors: refused };
      attempt?.beforeWrite?.();
      try {
        return { value: await write.call(), userErrors: [] };
      } catch (error) {
        return { value: null, userErrors: [providerRejectionAsUserError(error)] };
      }
    },
  });
}

function outcomeUnknown(operation: string, startedAt: number): UserErrorShape {
  return userError(
    ['input', 'idempotencyKey'],
    UserErrorCode.OUTCOME_UNKNOWN,
    `An earlier ${operation} attempt with this idempotencyKey (started ${new Date(startedAt).toISOString()}) got no answer from the provider, so it may or may not have taken effect. ` +
      'Look it up with the list queries and, if it is not there, try again with a new idempotencyKey.',
  );
}
