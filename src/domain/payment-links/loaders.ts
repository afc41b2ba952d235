import DataLoader from 'dataloader';
import type { PortRegistry } from '../../datasources/registry';
import { settleEach } from '../../datasources/loaders';
import type { PaymentLinkRecord } from './model';
import { PAYMENT_LINKS } from './port';

declare module '../../family' {
  interface Loaders {
    /** Key `loaderKey(provider, providerId)`. */
    paymentLink: DataLoader<string, PaymentLinkRecord>;
  }
}

export function paymentLinkLoaders(ports: PortRegistry) {
  return {
    paymentLink: new DataLoader<string, PaymentLinkRecord>((keys) => settleEach(keys, (provider, id) => ports.get(PAYMENT_LINKS, provider).getLink(id))),
  };
}
