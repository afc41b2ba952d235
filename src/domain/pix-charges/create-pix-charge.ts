import type { ProviderCode } from '../../providers';
import { providerRejectionAsUserError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import { checkIdempotencyKey, createOutcomeUnknownError, runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import type { PixChargeRecord } from './model';
import { PIX_CHARGES, type CreatePixChargeCommand, type IdempotencyScope, type PixChargePort } from './port';
import { validateCreatePixCharge, type CreatePixChargeArgs } from './validate';

/** What createPixCharge is asked (the schema's CreatePixChargeInput implements it). */
export interface CreatePixChargeRequest extends CreatePixChargeArgs {
  provider: ProviderCode;
  idempotencyKey?: string | null;
}

export interface CreatePixChargeResult {
  pixCharge: PixChargeRecord | null;
  userErrors: UserErrorShape[];
}

type CreatePixChargeDeps = Pick<UseCaseDeps, 'ports' | 'idempotency' | 'clientId' | 'loaders' | 'logger'>;

/**
 * createPixCharge: validate (zero provider calls on bad input) → idempotency → create.
 * Provider 4xx → PROVIDER_REJECTED user error (stored for replay: it is deterministic);
 * provider unavailable → top-level error and the key's outcome is unknown: Astra generates the
 * txid and the charge carries nothing Paygraph could find it by exactly, so every later attempt
 * with the key answers OUTCOME_UNKNOWN instead of guessing (docs/idempotency.md).
 */
export async function createPixCharge(request: CreatePixChargeRequest, deps: CreatePixChargeDeps): Promise<CreatePixChargeResult> {
  const provider = deps.ports.get(PIX_CHARGES, request.provider);
  const validated = validateCreatePixCharge(request, provider.limits);
  const keyErrors: UserErrorShape[] = [];
  checkIdempotencyKey(request.idempotencyKey, keyErrors);
  if (!validated.ok || keyErrors.length > 0) return { pixCharge: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command = validated.value;

  return runKeyed<CreatePixChargeResult>(deps, {
    operation: 'createPixCharge',
    key: request.idempotencyKey,
    request: { provider: request.provider, ...command },
    provider: request.provider,
    // Nothing precedes the POST, so an attempt that fails may have created the charge (unless its error proves otherwise).
    declaresWrites: false,
    execute: (attempt) => createOnce(provider, command, deps, attempt, request.idempotencyKey ? { clientId: deps.clientId, key: request.idempotencyKey } : undefined),
    failed: (error) => ({ pixCharge: null, userErrors: [error] }),
    // OUTCOME_UNKNOWN is an answer about earlier attempts, not an outcome: the key stays unknown.
    isFinal: (payload) => payload.userErrors[0]?.code !== UserErrorCode.OUTCOME_UNKNOWN,
    providerIds: (payload) => (payload.pixCharge ? [payload.pixCharge.txid] : []),
  });
}

async function createOnce(
  provider: PixChargePort,
  command: CreatePixChargeCommand,
  deps: Pick<UseCaseDeps, 'loaders' | 'logger'>,
  attempt: AttemptInfo | undefined,
  idempotency: IdempotencyScope | undefined,
): Promise<CreatePixChargeResult> {
  // A provider that names the charge by the key (API Pix) is simply asked again: the same PUT finds the same charge.
  if (attempt && attempt.previousAttempts.length > 0 && !provider.idempotentByKey)
    return { pixCharge: null, userErrors: [createOutcomeUnknownError(attempt.previousAttempts[0].startedAt, 'the charge', 'pixCharges (by reference or creation time)')] };
  try {
    const charge = await provider.createCharge(command, idempotency);
    deps.loaders.pixCharge.prime(loaderKey(charge.provider, charge.txid), charge);
    deps.logger.info({ event: 'pix_charge_created', provider: charge.provider, txid: charge.txid }, 'Pix charge created');
    return { pixCharge: charge, userErrors: [] };
  } catch (error) {
    return { pixCharge: null, userErrors: [providerRejectionAsUserError(error)] };
  }
}
