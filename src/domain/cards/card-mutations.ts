import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey } from '../loaders';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import type { ProviderCode } from '../../providers';
import type { UseCaseDeps } from '../use-case';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkCard, checkSecurityCode } from '../card-input';
import type { SavedCardRecord } from './model';
import { CARDS, type ChargeCardCommand } from './port';
import { failedCharge, runCharge, type ChargeCardResult } from './charge-card';
import type { ChargeCardArgs, ChargeSavedCardArgs } from './commands';
import { checkChargeCommon } from './validate';

/** chargeCard: a card in full, or a saved card by id (then as chargeSavedCard). */
export async function chargeCard(input: ChargeCardArgs, deps: UseCaseDeps): Promise<ChargeCardResult> {
  if ((input.card == null) === (input.savedCardId == null)) {
    return failedCharge([userError(['input', 'card'], UserErrorCode.INVALID, 'Give exactly one of card and savedCardId.')]);
  }
  if (input.savedCardId != null) return chargeSaved({ ...input, savedCardId: input.savedCardId }, deps, 'chargeCard');
  const port = deps.ports.get(CARDS, input.provider);
  const errors: UserErrorShape[] = [];
  const card = checkCard(input.card!, ['input', 'card'], port.limits, deps.clock.now(), errors);
  const securityCode =
    input.securityCode == null
      ? void errors.push(userError(['input', 'securityCode'], UserErrorCode.REQUIRED, 'securityCode is required with card.'))
      : checkSecurityCode(input.securityCode, ['input', 'securityCode'], port.limits, errors);
  const common = checkChargeCommon(input, port.limits, errors);
  if (errors.length > 0 || !card || !securityCode || !common) return failedCharge(errors);
  return runCharge(deps, input.provider, { ...common, card, securityCode }, input.idempotencyKey, 'chargeCard');
}

/**
 * chargeSavedCard: the token must name a saved card of a provider that has cards. Its existence is
 * checked with one read (only the provider knows its tokens): an unknown token is a NOT_FOUND user
 * error before any charge is attempted.
 */
export async function chargeSaved(input: ChargeSavedCardArgs, deps: UseCaseDeps, operation = 'chargeSavedCard'): Promise<ChargeCardResult> {
  const id = savedCardIdOf(input.savedCardId);
  if (!id) return failedCharge([userError(['input', 'savedCardId'], UserErrorCode.INVALID, 'savedCardId is not a SavedCard id.')]);
  const port = deps.ports.get(CARDS, id.provider);
  const errors: UserErrorShape[] = [];
  const common = checkChargeCommon(input, port.limits, errors);
  const securityCode = input.securityCode == null ? undefined : checkSecurityCode(input.securityCode, ['input', 'securityCode'], port.limits, errors);
  if (errors.length > 0 || !common) return failedCharge(errors);
  const saved = await savedCardOrNull(deps, id.provider, id.token);
  if (!saved) return failedCharge([userError(['input', 'savedCardId'], UserErrorCode.NOT_FOUND, 'No saved card with this id (deleted?).')]);
  const command: ChargeCardCommand = { ...common, savedCardToken: saved.token, ...(securityCode ? { securityCode } : {}) };
  return runCharge(deps, id.provider, command, input.idempotencyKey, operation);
}

export function savedCardIdOf(globalId: string): { provider: ProviderCode; token: string } | null {
  const id = decodeGlobalId(globalId);
  return id && id.type === 'SavedCard' ? { provider: id.provider, token: id.providerId } : null;
}

export async function savedCardOrNull(deps: Pick<UseCaseDeps, 'loaders'>, provider: ProviderCode, token: string): Promise<SavedCardRecord | null> {
  try {
    return await deps.loaders.savedCard.load(loaderKey(provider, token));
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return null;
    throw error;
  }
}
