import type { Family } from '../../family';
import { loaderKey } from '../../datasources/loaders';
import { cardLoaders } from '../../domain/cards/loaders';
import { CardTransactionResolver } from './card-transaction.resolver';
import { CardTransactionUpdatedResolver } from './card-transaction-updated.resolver';
import { SavedCardResolver } from './saved-card.resolver';

/** Credit cards (Astra §7): transactions and saved cards. Recurrences are not built yet. */
export const cardsFamily: Family = {
  name: 'Cards',
  resolvers: [CardTransactionResolver, CardTransactionUpdatedResolver, SavedCardResolver],
  createLoaders: cardLoaders,
  nodeFetchers: {
    CardTransaction: (ctx, provider, id) => ctx.loaders.cardTransaction.load(loaderKey(provider, id)),
    SavedCard: (ctx, provider, token) => ctx.loaders.savedCard.load(loaderKey(provider, token)),
  },
};
