import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { PixChargeRecord } from './model';
import { PIX_CHARGES } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, txid)`. */
    pixCharge: DataLoader<string, PixChargeRecord>;
  }
}

export function pixChargeLoaders(ports: PortRegistry) {
  return {
    pixCharge: new DataLoader<string, PixChargeRecord>((keys) => settleEach(keys, (provider, txid) => ports.get(PIX_CHARGES, provider).getCharge(txid))),
  };
}
