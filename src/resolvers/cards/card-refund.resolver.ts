import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardRefund } from '../../schema/cards/card-refund.type';
import { CardTransaction } from '../../schema/cards/card-transaction.type';
import type { GraphQLContext } from '../../context';
import { loaderKey } from '../../domain/loaders';
import { cardRefundOf, type CardRefundRecord } from '../../domain/cards/card-refund';
import type { CardTransactionRecord } from '../../domain/cards/model';

@Resolver(() => CardRefund)
export class CardRefundResolver {
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => CardTransaction, { description: 'The cancelled transaction.' })
  cardTransaction(@Root() refund: CardRefundRecord, @Ctx() ctx: GraphQLContext): Promise<CardTransactionRecord> {
    return ctx.loaders.cardTransaction.load(loaderKey(refund.provider, refund.transactionId));
  }
}

@Resolver(() => CardTransaction)
export class CardTransactionRefundResolver {
  @FieldResolver(() => CardRefund, { nullable: true, description: 'The refund, once the transaction is CANCELLED (null otherwise).' })
  refund(@Root() transaction: CardTransactionRecord): CardRefundRecord | null {
    return cardRefundOf(transaction);
  }
}
