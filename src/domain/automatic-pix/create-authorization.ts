import type { GraphQLContext } from '../../context';
import { loaderKey } from '../loaders';
import type { UserErrorShape } from '../user-errors';
import { automaticPixNow } from './clock';
import type { AutomaticPixAuthorizationRecord } from './model';
import { AUTOMATIC_PIX } from './port';
import { idempotencyKeyErrors, runIdempotently } from './run-idempotently';
import { validateCreateAuthorization, type CreateAuthorizationArgs } from './validate';

export interface CreateAuthorizationResult {
  authorization: AutomaticPixAuthorizationRecord | null;
  userErrors: UserErrorShape[];
}

/** createAutomaticPixAuthorization: validate (no provider call on bad input) → idempotency → POST. */
export async function createAutomaticPixAuthorization(
  input: CreateAuthorizationArgs & { provider: import('../../providers').ProviderCode; idempotencyKey?: string | null },
  ctx: GraphQLContext,
): Promise<CreateAuthorizationResult> {
  const port = ctx.services.ports.get(AUTOMATIC_PIX, input.provider);
  const validated = validateCreateAuthorization(input, port.limits, automaticPixNow(ctx));
  const keyErrors = idempotencyKeyErrors(input.idempotencyKey);
  if (!validated.ok || keyErrors.length > 0) return { authorization: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command = validated.value;
  const answer = await runIdempotently(
    ctx,
    'createAutomaticPixAuthorization',
    input.provider,
    input.idempotencyKey,
    { provider: input.provider, ...command },
    () => port.createAuthorization(command),
    (authorization) => authorization.authorizationId,
  );
  if (answer.value) {
    ctx.loaders.automaticPixAuthorization.prime(loaderKey(answer.value.provider, answer.value.authorizationId), answer.value);
    ctx.logger.info(
      { event: 'automatic_pix_authorization_created', provider: answer.value.provider, authorizationId: answer.value.authorizationId },
      'Automatic Pix authorization created',
    );
  }
  return { authorization: answer.value, userErrors: answer.userErrors };
}
