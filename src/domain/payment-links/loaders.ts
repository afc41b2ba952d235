import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { PaymentLinkRecord } from './model';
import { PAYMENT_LINKS } from './port';

declare module '../loaders' {
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
