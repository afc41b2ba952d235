import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { cardLoaders } from '../../domain/cards/loaders';
import { CardTransactionResolver } from './card-transaction.resolver';
import { CardTransactionUpdatedResolver } from './card-transaction-updated.resolver';
import { SavedCardResolver } from './saved-card.resolver';
import { CardRefundResolver, CardTransactionRefundResolver } from './card-refund.resolver';
import { cardRefundOf } from '../../domain/cards/card-refund';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { CARD_EVENTS } from '../../domain/cards/events';
import { cardTabs } from './graphiql-tabs';
import { CardTransactionPaymentObjectResolver } from './payment-object.resolver';

/** Credit cards (Astra): transactions and saved cards. Recurrences are their own family (card-recurrences). */
export const cardsFamily: Family = {
  name: 'Cards',
  resolvers: [CardTransactionResolver, CardTransactionUpdatedResolver, SavedCardResolver, CardRefundResolver, CardTransactionRefundResolver, CardTransactionPaymentObjectResolver],
  createLoaders: cardLoaders,
  nodeFetchers: {
    CardTransaction: (ctx, provider, id) => ctx.loaders.cardTransaction.load(loaderKey(provider, id)),
    SavedCard: (ctx, provider, token) => ctx.loaders.savedCard.load(loaderKey(provider, token)),
    // A card refund exists once its transaction is cancelled (card-refund.ts).
    CardRefund: async (ctx, provider, id) => {
      const refund = cardRefundOf(await ctx.loaders.cardTransaction.load(loaderKey(provider, id)));
      if (!refund) throw new ProviderNotFoundError('No refund: the card transaction is not cancelled.', { provider });
      return refund;
    },
  },
  eventTypes: CARD_EVENTS,
  graphiqlTabs: cardTabs,
};
