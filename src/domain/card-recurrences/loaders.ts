import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { CardRecurrenceRecord } from './model';
import { CARD_RECURRENCES } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, recurrenceId)`. */
    cardRecurrence: DataLoader<string, CardRecurrenceRecord>;
  }
}

export function cardRecurrenceLoaders(ports: PortRegistry) {
  return {
    cardRecurrence: new DataLoader<string, CardRecurrenceRecord>((keys) => settleEach(keys, (provider, id) => ports.get(CARD_RECURRENCES, provider).get(id))),
  };
}
