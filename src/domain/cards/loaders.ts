import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { CardTransactionRecord, SavedCardRecord } from './model';
import { CARDS } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, transactionId)`. */
    cardTransaction: DataLoader<string, CardTransactionRecord>;
    /** Key `loaderKey(provider, cardToken)`. */
    savedCard: DataLoader<string, SavedCardRecord>;
  }
}

export function cardLoaders(ports: PortRegistry) {
  return {
    cardTransaction: new DataLoader<string, CardTransactionRecord>((keys) => settleEach(keys, (provider, id) => ports.get(CARDS, provider).getTransaction(id))),
    savedCard: new DataLoader<string, SavedCardRecord>((keys) => settleEach(keys, (provider, token) => ports.get(CARDS, provider).getSavedCard(token))),
  };
}
