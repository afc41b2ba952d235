import { Arg, Authorized, Ctx, Extensions, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardTransaction, CardTransactionConnection } from '../../schema/cards/card-transaction.type';
import { CancelCardTransactionInput, CardTransactionFilter, ChargeCardInput, ChargeSavedCardInput } from '../../schema/cards/card.inputs';
import { CancelCardTransactionPayload, ChargeCardPayload } from '../../schema/cards/card.payloads';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import type { GraphQLContext } from '../../context';
import type { CardTransactionRecord } from '../../domain/cards/model';
import { CARDS } from '../../domain/cards/port';
import { chargeCard, chargeSaved, savedCardIdOf } from '../../domain/cards/card-mutations';
import type { ChargeCardResult } from '../../domain/cards/charge-card';
import { cancelCardTransaction, type CancelCardTransactionResult } from '../../domain/cards/cancel-card-transaction';
import { loaderKey } from '../../domain/loaders';
import { useCaseDeps } from '../use-case-deps';
import { BadUserInputError } from '../../errors/domain-errors';
import { listConnection } from '../pagination';
import { listPort } from '../list-port';

/** Card mutations need the `cards` scope besides `write` (README: API keys). */
@Resolver(() => CardTransaction)
export class CardTransactionResolver {
  @Authorized('read')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => CardTransactionConnection, { nullable: true, description: 'Card transactions of one provider, newest first (Relay connection; `first` at most 100).' })
  async cardTransactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => CardTransactionFilter, { nullable: true }) filter?: CardTransactionFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<CardTransactionRecord>> {
    const port = listPort(ctx, CARDS, filter?.provider ?? DEFAULT_PROVIDER, ['filter', 'provider']);
    const saved = filter?.savedCardId == null ? undefined : savedCardIdOf(filter.savedCardId);
    if (filter?.savedCardId != null && !saved) throw new BadUserInputError('savedCardId is not a SavedCard id.', ['filter', 'savedCardId']);
    return listConnection(
      { first, after },
      ({ offset, limit }) =>
        port.listTransactions({
          offset,
          limit,
          status: filter?.status,
          reference: filter?.reference,
          nsu: filter?.nsu,
          savedCardToken: saved?.token,
          createdFrom: filter?.createdFrom,
          createdTo: filter?.createdTo,
        }),
      (item) => ctx.loaders.cardTransaction.prime(loaderKey(item.provider, item.transactionId), item),
    );
  }

  @Authorized('write', 'cards')
  // The POST, plus up to 5 list pages when a lost answer is reconciled, plus the saved-card read.
  @Extensions({ [UPSTREAM_COST]: { perParent: 7 } })
  @Mutation(() => ChargeCardPayload, {
    description:
      'Charges a card (in full, or a saved card). A decline is data, not an error: see ChargeCardPayload. Needs the `cards` scope. Send `idempotencyKey` to make retries safe.',
  })
  chargeCard(@Arg('input', () => ChargeCardInput) input: ChargeCardInput, @Ctx() ctx: GraphQLContext): Promise<ChargeCardResult> {
    return chargeCard(input, useCaseDeps(ctx));
  }

  @Authorized('write', 'cards')
  @Extensions({ [UPSTREAM_COST]: { perParent: 7 } })
  @Mutation(() => ChargeCardPayload, { description: 'Charges a saved card by its id (CVV optional). Needs the `cards` scope.' })
  chargeSavedCard(@Arg('input', () => ChargeSavedCardInput) input: ChargeSavedCardInput, @Ctx() ctx: GraphQLContext): Promise<ChargeCardResult> {
    return chargeSaved(input, useCaseDeps(ctx));
  }

  @Authorized('write', 'cards')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CancelCardTransactionPayload, { description: 'Cancels an APPROVED card transaction in full (the card refund). Needs the `cards` scope.' })
  cancelCardTransaction(@Arg('input', () => CancelCardTransactionInput) input: CancelCardTransactionInput, @Ctx() ctx: GraphQLContext): Promise<CancelCardTransactionResult> {
    return cancelCardTransaction(input, useCaseDeps(ctx));
  }
}
