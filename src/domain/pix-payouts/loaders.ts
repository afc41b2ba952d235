import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { PixPayoutBatchRecord } from './model';
import { PIX_PAYOUTS } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, batchId)`. */
    pixPayoutBatch: DataLoader<string, PixPayoutBatchRecord>;
  }
}

export function pixPayoutLoaders(ports: PortRegistry) {
  return {
    pixPayoutBatch: new DataLoader<string, PixPayoutBatchRecord>((keys) => settleEach(keys, (provider, id) => ports.get(PIX_PAYOUTS, provider).getBatch(id))),
  };
}
