import type { GraphQLContext } from '../../context';
import type { CancelCardTransactionInput } from '../../schema/cards/card.inputs';
import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey } from '../../datasources/loaders';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { CardTransactionStatus, type CardTransactionRecord } from './model';
import { CARDS } from './port';
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
 * without asking the provider to act.
 */
export async function cancelCardTransaction(input: CancelCardTransactionInput, ctx: GraphQLContext): Promise<CancelCardTransactionResult> {
  const id = decodeGlobalId(input.transactionId);
  if (!id || id.type !== 'CardTransaction') return failed(userError(['input', 'transactionId'], UserErrorCode.INVALID, 'transactionId is not a CardTransaction id.'));
  const port = ctx.services.ports.get(CARDS, id.provider);
  let current: CardTransactionRecord;
  try {
    current = await ctx.loaders.cardTransaction.load(loaderKey(id.provider, id.providerId));
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(userError(['input', 'transactionId'], UserErrorCode.NOT_FOUND, 'No such card transaction.'));
    throw error;
  }
  if (current.status !== CardTransactionStatus.APPROVED) {
    return failed(userError(['input', 'transactionId'], UserErrorCode.INVALID_STATE, `Only APPROVED transactions can be cancelled; this one is ${current.status}.`));
  }
  try {
    const cancelled = await port.cancel(current.transactionId);
    ctx.loaders.cardTransaction.clear(loaderKey(id.provider, id.providerId)).prime(loaderKey(id.provider, id.providerId), cancelled);
    return { cardTransaction: cancelled, refund: cardRefundOf(cancelled), userErrors: [] };
  } catch (error) {
    return failed(providerRejectionAsUserError(error));
  }
}
