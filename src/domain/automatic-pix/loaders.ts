import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from './model';
import { AUTOMATIC_PIX } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, authorizationId)`. */
    automaticPixAuthorization: DataLoader<string, AutomaticPixAuthorizationRecord>;
    /** Key `loaderKey(provider, paymentId)`. */
    automaticPixPayment: DataLoader<string, AutomaticPixPaymentRecord>;
  }
}

export function automaticPixLoaders(ports: PortRegistry) {
  return {
    automaticPixAuthorization: new DataLoader<string, AutomaticPixAuthorizationRecord>((keys) =>
      settleEach(keys, (provider, id) => ports.get(AUTOMATIC_PIX, provider).getAuthorization(id)),
    ),
    automaticPixPayment: new DataLoader<string, AutomaticPixPaymentRecord>((keys) => settleEach(keys, (provider, id) => ports.get(AUTOMATIC_PIX, provider).getPayment(id))),
  };
}
