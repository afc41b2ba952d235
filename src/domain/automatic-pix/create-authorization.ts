import type { ProviderCode } from '../../providers';
import { idempotencyKeyErrors, runProviderWrite } from '../idempotency';
import { loaderKey } from '../loaders';
import type { UseCaseDeps } from '../use-case';
import type { UserErrorShape } from '../user-errors';
import type { AutomaticPixAuthorizationRecord } from './model';
import { AUTOMATIC_PIX } from './port';
import { validateCreateAuthorization, type CreateAuthorizationArgs } from './validate';

/** What createAutomaticPixAuthorization receives: the authorization, its provider and the caller's key. */
export interface CreateAuthorizationRequest extends CreateAuthorizationArgs {
  provider: ProviderCode;
  idempotencyKey?: string | null;
}

export interface CreateAuthorizationResult {
  authorization: AutomaticPixAuthorizationRecord | null;
  userErrors: UserErrorShape[];
}

/** createAutomaticPixAuthorization: validate (no provider call on bad input) → idempotency → POST. */
export async function createAutomaticPixAuthorization(
  input: CreateAuthorizationRequest,
  deps: Pick<UseCaseDeps, 'ports' | 'clock' | 'idempotency' | 'clientId' | 'loaders' | 'logger'>,
): Promise<CreateAuthorizationResult> {
  const port = deps.ports.get(AUTOMATIC_PIX, input.provider);
  const validated = validateCreateAuthorization(input, port.limits, deps.clock.now());
  const keyErrors = idempotencyKeyErrors(input.idempotencyKey);
  if (!validated.ok || keyErrors.length > 0) return { authorization: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command = validated.value;
  const answer = await runProviderWrite(deps, {
    operation: 'createAutomaticPixAuthorization',
    provider: input.provider,
    key: input.idempotencyKey,
    request: { provider: input.provider, ...command },
    call: () => port.createAuthorization(command),
    providerId: (authorization) => authorization.authorizationId,
  });
  if (answer.value) {
    deps.loaders.automaticPixAuthorization.prime(loaderKey(answer.value.provider, answer.value.authorizationId), answer.value);
    deps.logger.info(
      { event: 'automatic_pix_authorization_created', provider: answer.value.provider, authorizationId: answer.value.authorizationId },
      'Automatic Pix authorization created',
    );
  }
  return { authorization: answer.value, userErrors: answer.userErrors };
}
