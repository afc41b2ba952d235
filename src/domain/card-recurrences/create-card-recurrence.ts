import type { ProviderCode } from '../../providers';
import { loaderKey } from '../loaders';
import { NotSupportedError } from '../../errors/domain-errors';
import { idempotencyKeyErrors, runProviderWrite } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import type { CardRecurrenceRecord } from './model';
import { CARD_RECURRENCES, type CardRecurrencePort, type CreateCardRecurrenceCommand } from './port';
import { checkCreateRecurrence, type CreateRecurrenceArgs } from './validate';

export interface CardRecurrenceResult {
  cardRecurrence: CardRecurrenceRecord | null;
  userErrors: UserErrorShape[];
}

export const failedRecurrence = (errors: UserErrorShape[]): CardRecurrenceResult => ({ cardRecurrence: null, userErrors: errors });

export interface CreateCardRecurrenceArgs extends CreateRecurrenceArgs {
  provider: ProviderCode;
  idempotencyKey?: string | null;
}

/**
 * createCardRecurrence: validate everything (0 provider calls on bad input), then one POST behind
 * the IdempotencyGuard. Creation itself charges nothing (the optional R$ 5,00 check is cancelled
 * at once, ASM-A47) but it commits the card to future charges, so a repeat must never make a
 * second recurrence: a lost answer makes the key's outcome OUTCOME_UNKNOWN, as for Automatic Pix
 * payments (Astra's recurrence list has no field an attempt marker could ride on).
 */
export async function createCardRecurrence(input: CreateCardRecurrenceArgs, deps: UseCaseDeps): Promise<CardRecurrenceResult> {
  const port = portFor(deps, input.provider);
  if ('userError' in port) return failedRecurrence([port.userError]);
  // deps.clock is the simulator's clock in sandbox mode: "today" is the provider's today.
  const { command, errors } = checkCreateRecurrence(input, port.limits, deps.clock.now());
  errors.push(...idempotencyKeyErrors(input.idempotencyKey));
  if (errors.length > 0 || !command) return failedRecurrence(errors);
  const answer = await runProviderWrite(deps, {
    operation: 'createCardRecurrence',
    provider: input.provider,
    key: input.idempotencyKey,
    request: fingerprintOf(input.provider, command),
    call: () => port.create(command),
    providerId: (recurrence) => recurrence.recurrenceId,
  });
  if (answer.value) {
    deps.loaders.cardRecurrence.prime(loaderKey(answer.value.provider, answer.value.recurrenceId), answer.value);
    // Ids only: the masked number is not needed to trace a recurrence.
    deps.logger.info({ event: 'card_recurrence_created', provider: answer.value.provider, recurrenceId: answer.value.recurrenceId }, 'card recurrence');
  }
  return { cardRecurrence: answer.value, userErrors: answer.userErrors };
}

export function portFor(deps: Pick<UseCaseDeps, 'ports'>, provider: ProviderCode): CardRecurrencePort | { userError: UserErrorShape } {
  try {
    return deps.ports.get(CARD_RECURRENCES, provider);
  } catch (error) {
    if (error instanceof NotSupportedError) return { userError: userError(['input', 'provider'], UserErrorCode.NOT_SUPPORTED, error.message) };
    throw error;
  }
}

/** The card by its masked number and expiry: the PAN and CVV never reach the idempotency store, not even hashed. */
function fingerprintOf(provider: ProviderCode, command: CreateCardRecurrenceCommand): unknown {
  const { securityCode: _cvv, card, payerDocument, ...rest } = command;
  return { provider, ...rest, payer: payerDocument.value, card: { masked: card.number.masked, holderName: card.holderName, expiry: [card.expiryYear, card.expiryMonth] } };
}
