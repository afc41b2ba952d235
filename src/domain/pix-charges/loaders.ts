import DataLoader from 'dataloader';
import type { PortRegistry } from '../../datasources/registry';
import { settleEach } from '../../datasources/loaders';
import type { PixChargeRecord } from './model';
import { PIX_CHARGES } from './port';

declare module '../../family' {
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
