import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { DueDatePixChargeRecord } from './model';
import { DUE_DATE_PIX_CHARGES } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, txid)`. */
    dueDatePixCharge: DataLoader<string, DueDatePixChargeRecord>;
  }
}

export function dueDatePixChargeLoaders(ports: PortRegistry) {
  return {
    dueDatePixCharge: new DataLoader<string, DueDatePixChargeRecord>((keys) => settleEach(keys, (provider, txid) => ports.get(DUE_DATE_PIX_CHARGES, provider).get(txid))),
  };
}
