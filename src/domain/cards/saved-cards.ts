import { InvalidScalarInput } from '../../lib/scalar-values';
import { loaderKey } from '../loaders';
import { checkLength } from '../input-checks';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import type { SavedCardRecord } from './model';
import { CARDS } from './port';
import { checkCard } from '../card-input';
import type { DeleteSavedCardArgs, SaveCardArgs } from './commands';
import { savedCardIdOf, savedCardOrNull } from './card-mutations';

export interface SavedCardResult {
  savedCard: SavedCardRecord | null;
  userErrors: UserErrorShape[];
}

const failed = (errors: UserErrorShape[]): SavedCardResult => ({ savedCard: null, userErrors: errors });

/** saveCard: validated like a charge's card (no CVV: none is sent or kept, ASM-A50). */
export async function saveCard(input: SaveCardArgs, deps: UseCaseDeps): Promise<SavedCardResult> {
  const port = deps.ports.get(CARDS, input.provider);
  const errors: UserErrorShape[] = [];
  const card = checkCard(input.card, ['input', 'card'], port.limits, deps.clock.now(), errors);
  if (input.holderDocument instanceof InvalidScalarInput)
    errors.push(userError(['input', 'holderDocument'], UserErrorCode.INVALID, `holderDocument ${input.holderDocument.reason}`));
  checkLength(input.reference, port.limits.referenceMax, ['input', 'reference'], errors);
  if (errors.length > 0 || !card) return failed(errors);
  try {
    const saved = await port.saveCard({
      card,
      ...(input.holderDocument && !(input.holderDocument instanceof InvalidScalarInput) ? { holderDocument: input.holderDocument } : {}),
      ...(input.reference != null ? { reference: input.reference } : {}),
    });
    deps.logger.info({ event: 'card_saved', provider: saved.provider, token: '[kept at the provider]' }, 'card saved');
    return { savedCard: saved, userErrors: [] };
  } catch (error) {
    return failed([providerRejectionAsUserError(error)]);
  }
}

export async function deleteSavedCard(input: DeleteSavedCardArgs, deps: UseCaseDeps): Promise<SavedCardResult> {
  const id = savedCardIdOf(input.savedCardId);
  if (!id) return failed([userError(['input', 'savedCardId'], UserErrorCode.INVALID, 'savedCardId is not a SavedCard id.')]);
  const port = deps.ports.get(CARDS, id.provider);
  if (!(await savedCardOrNull(deps, id.provider, id.token))) return failed([userError(['input', 'savedCardId'], UserErrorCode.NOT_FOUND, 'No saved card with this id.')]);
  try {
    const deleted = await port.deleteSavedCard(id.token);
    deps.loaders.savedCard.clear(loaderKey(id.provider, id.token));
    return { savedCard: deleted, userErrors: [] };
  } catch (error) {
    return failed([providerRejectionAsUserError(error)]);
  }
}
