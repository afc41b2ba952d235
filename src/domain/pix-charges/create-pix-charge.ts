import type { GraphQLContext } from '../../context';
import type { CreatePixChargeInput } from '../../schema/pix-charges/pix-charge.inputs';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import { checkIdempotencyKey, conflictError, inProgressError, type AttemptInfo } from '../idempotency';
import type { PixChargeRecord } from './model';
import { PIX_CHARGES } from './port';
import { validateCreatePixCharge } from './validate';

export interface CreatePixChargeResult {
  pixCharge: PixChargeRecord | null;
  userErrors: UserErrorShape[];
}

/**
 * createPixCharge: validate (zero provider calls on bad input) → idempotency → create.
 * Provider 4xx → PROVIDER_REJECTED user error (stored for replay: it is deterministic);
 * provider unavailable → top-level error and the key's outcome is unknown: Astra generates the
 * txid and the charge carries nothing Paygraph could find it by exactly, so every later attempt
 * with the key answers OUTCOME_UNKNOWN instead of guessing (docs/idempotency.md).
 */
export async function createPixCharge(input: CreatePixChargeInput, ctx: GraphQLContext): Promise<CreatePixChargeResult> {
  const provider = ctx.services.ports.get(PIX_CHARGES, input.provider);
  const validated = validateCreatePixCharge(input, provider.limits);
  const keyErrors: UserErrorShape[] = [];
  checkIdempotencyKey(input.idempotencyKey, keyErrors);
  if (!validated.ok || keyErrors.length > 0) return { pixCharge: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command = validated.value;

  const execute = async (attempt?: AttemptInfo): Promise<CreatePixChargeResult> => {
    if (attempt && attempt.previousAttempts.length > 0) return { pixCharge: null, userErrors: [outcomeUnknownError(attempt.previousAttempts[0].startedAt)] };
    try {
      const charge = await provider.createCharge(command);
      ctx.loaders.pixCharge.prime(loaderKey(charge.provider, charge.txid), charge);
      ctx.logger.info({ event: 'pix_charge_created', provider: charge.provider, txid: charge.txid }, 'Pix charge created');
      return { pixCharge: charge, userErrors: [] };
    } catch (error) {
      return { pixCharge: null, userErrors: [providerRejectionAsUserError(error)] };
    }
  };
  if (input.idempotencyKey == null) return execute();

  const scope = `${ctx.client.clientId}:createPixCharge`;
  const outcome = await ctx.services.idempotency.run(scope, input.idempotencyKey, { provider: input.provider, ...command }, execute, {
    // OUTCOME_UNKNOWN is an answer about earlier attempts, not an outcome: the key stays unknown.
    isFinal: (payload) => payload.userErrors[0]?.code !== UserErrorCode.OUTCOME_UNKNOWN,
    providerIds: (payload) => (payload.pixCharge ? [payload.pixCharge.txid] : []),
    provider: input.provider,
  });
  if (outcome.kind === 'conflict') return { pixCharge: null, userErrors: [conflictError()] };
  if (outcome.kind === 'in_progress') return { pixCharge: null, userErrors: [inProgressError()] };
  return outcome.value;
}

function outcomeUnknownError(attemptStartedAt: number): UserErrorShape {
  return userError(
    ['input', 'idempotencyKey'],
    UserErrorCode.OUTCOME_UNKNOWN,
    `An earlier attempt with this idempotencyKey (started ${new Date(attemptStartedAt).toISOString()}) got no answer from the provider, so the charge may or may not exist. ` +
      'Look for it with pixCharges (by reference or creation time) and, if it is not there, create it with a new idempotencyKey.',
  );
}
