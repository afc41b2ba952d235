import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey } from '../loaders';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { CardTransactionStatus, type CardTransactionRecord } from './model';
import { CARDS } from './port';
import type { ProviderCode } from '../../providers';
import { runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import type { CancelCardTransactionArgs } from './commands';
import { cardRefundOf, type CardRefundRecord } from './card-refund';

export interface CancelCardTransactionResult {
  cardTransaction: CardTransactionRecord | null;
  refund: CardRefundRecord | null;
  userErrors: UserErrorShape[];
}

const failed = (error: UserErrorShape): CancelCardTransactionResult => ({ cardTransaction: null, refund: null, userErrors: [error] });

/**
 * Full cancellation of an APPROVED transaction (ASM-A46: no partial amount). Safe to repeat
 * without a key: a second cancel finds the transaction CANCELLED and answers INVALID_STATE
 * without asking the provider to act. One cancel per transaction runs at a time (the idempotency
 * guard keyed by the transaction id, like payout transitions), and after a cancel whose answer was
 * lost, a repeat sends nothing until Astra's completion horizon has passed (OUTCOME_PENDING), then
 * reads the transaction again. Nothing is stored for replay: every call answers from the current state.
 */
export async function cancelCardTransaction(input: CancelCardTransactionArgs, deps: UseCaseDeps): Promise<CancelCardTransactionResult> {
  const id = decodeGlobalId(input.transactionId);
  if (!id || id.type !== 'CardTransaction') return failed(userError(['input', 'transactionId'], UserErrorCode.INVALID, 'transactionId is not a CardTransaction id.'));
  return runKeyed(deps, {
    operation: 'cancelCardTransaction',
    key: id.providerId,
    request: { transactionId: input.transactionId },
    provider: id.provider,
    failed,
    // Nothing is replayed: every call answers from the transaction's current state.
    isFinal: () => false,
    // The key is always there (the transaction id), so `attempt` is too.
    execute: (attempt) => cancelOnce(deps, id.provider, id.providerId, attempt!),
  });
}

async function cancelOnce(deps: Pick<UseCaseDeps, 'ports' | 'loaders'>, provider: ProviderCode, transactionId: string, attempt: AttemptInfo): Promise<CancelCardTransactionResult> {
  const port = deps.ports.get(CARDS, provider);
  const key = loaderKey(provider, transactionId);
  let current: CardTransactionRecord;
  try {
    // Under the guard the state must be the provider's, not this request's cached copy.
    current = await deps.loaders.cardTransaction.clear(key).load(key);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(userError(['input', 'transactionId'], UserErrorCode.NOT_FOUND, 'No such card transaction.'));
    throw error;
  }
  if (current.status !== CardTransactionStatus.APPROVED) {
    return failed(userError(['input', 'transactionId'], UserErrorCode.INVALID_STATE, `Only APPROVED transactions can be cancelled; this one is ${current.status}.`));
  }
  attempt.beforeWrite?.();
  try {
    const cancelled = await port.cancel(current.transactionId);
    deps.loaders.cardTransaction.clear(key).prime(key, cancelled);
    return { cardTransaction: cancelled, refund: cardRefundOf(cancelled), userErrors: [] };
  } catch (error) {
    return failed(providerRejectionAsUserError(error));
  }
}
