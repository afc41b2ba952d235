import type { GraphQLContext } from '../context';
import type { CreatePixChargeInput } from '../schema/pix-charge.inputs';
import type { PixChargeRecord } from '../domain/models';
import { validateCreatePixCharge } from '../domain/validate-pix';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../domain/user-errors';
import { loaderKey, providerFor } from '../datasources/loaders';

interface CreatePayload {
  pixCharge: PixChargeRecord | null;
  userErrors: UserErrorShape[];
}

/**
 * createPixCharge: validate (zero provider calls on bad input) → idempotency → create.
 * Provider 4xx → PROVIDER_REJECTED user error (stored for replay: it is deterministic);
 * provider unavailable → top-level error, nothing stored, so a retry with the same key runs again.
 */
export async function createPixCharge(input: CreatePixChargeInput, ctx: GraphQLContext): Promise<CreatePayload> {
  const provider = providerFor(ctx.services.pix, input.provider);
  const validated = validateCreatePixCharge(input, provider.limits);
  if (!validated.ok) return { pixCharge: null, userErrors: validated.errors };
  const command = validated.value;

  const execute = async (): Promise<CreatePayload> => {
    try {
      const charge = await provider.createCharge(command);
      ctx.loaders.pixCharge.prime(loaderKey(charge.provider, charge.txid), charge);
      ctx.logger.info({ event: 'pix_charge_created', provider: charge.provider, txid: charge.txid }, 'Pix charge created');
      return { pixCharge: charge, userErrors: [] };
    } catch (error) {
      return { pixCharge: null, userErrors: [providerRejectionAsUserError(error)] };
    }
  };
  if (!input.idempotencyKey) return execute();

  const scope = `${ctx.client.clientId}:createPixCharge`;
  const outcome = await ctx.services.idempotency.run(scope, input.idempotencyKey, { provider: input.provider, ...command }, execute);
  if (outcome.kind === 'conflict') {
    return { pixCharge: null, userErrors: [conflictError()] };
  }
  return outcome.value;
}

export function conflictError(): UserErrorShape {
  return userError(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_CONFLICT, 'This idempotencyKey was already used with different input.');
}
