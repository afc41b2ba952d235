import type { GraphQLContext } from '../../context';
import type { ProviderCode } from '../../providers';
import { checkIdempotencyKey, conflictError, inProgressError, type AttemptInfo } from '../idempotency';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';

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

/**
 * One money-moving POST behind the IdempotencyGuard, as createPixCharge does it: a provider 4xx
 * is a deterministic PROVIDER_REJECTED answer (replayed); a lost answer leaves the key's outcome
 * unknown, so a repeat answers OUTCOME_UNKNOWN instead of debiting twice (docs/idempotency.md).
 */
export async function runIdempotently<T>(
  ctx: GraphQLContext,
  operation: string,
  provider: ProviderCode,
  key: string | null | undefined,
  request: unknown,
  call: () => Promise<T>,
  providerId: (value: T) => string,
  precheck?: () => Promise<UserErrorShape[]>,
): Promise<Answer<T>> {
  const execute = async (attempt?: AttemptInfo): Promise<Answer<T>> => {
    if (attempt && attempt.previousAttempts.length > 0) return { value: null, userErrors: [outcomeUnknown(operation, attempt.previousAttempts[0].startedAt)] };
    // Rules that depend on the provider's current state run under the key's lock: a repeat of a
    // request that already succeeded replays its answer instead of being refused by the new state.
    // A read that fails there leaves no unknown outcome: the POST was never sent (declaresWrites).
    const refused = (await precheck?.()) ?? [];
    if (refused.length > 0) return { value: null, userErrors: refused };
    attempt?.beforeWrite?.();
    try {
      return { value: await call(), userErrors: [] };
    } catch (error) {
      return { value: null, userErrors: [providerRejectionAsUserError(error)] };
    }
  };
  if (key == null) return execute();
  const outcome = await ctx.services.idempotency.run(`${ctx.client.clientId}:${operation}`, key, request, execute, {
    isFinal: (answer) => answer.userErrors[0]?.code !== UserErrorCode.OUTCOME_UNKNOWN,
    providerIds: (answer) => (answer.value ? [providerId(answer.value)] : []),
    provider,
    declaresWrites: true,
  });
  if (outcome.kind === 'conflict') return { value: null, userErrors: [conflictError()] };
  if (outcome.kind === 'in_progress') return { value: null, userErrors: [inProgressError()] };
  return outcome.value;
}

function outcomeUnknown(operation: string, startedAt: number): UserErrorShape {
  return userError(
    ['input', 'idempotencyKey'],
    UserErrorCode.OUTCOME_UNKNOWN,
    `An earlier ${operation} attempt with this idempotencyKey (started ${new Date(startedAt).toISOString()}) got no answer from the provider, so it may or may not have taken effect. ` +
      'Look it up with the list queries and, if it is not there, try again with a new idempotencyKey.',
  );
}
