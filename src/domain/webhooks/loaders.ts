import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { WebhookRecord } from './model';
import { WEBHOOKS } from './port';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, webhookId)`. */
    webhook: DataLoader<string, WebhookRecord>;
  }
}

export function webhookLoaders(ports: PortRegistry) {
  return {
    webhook: new DataLoader<string, WebhookRecord>((keys) => settleEach(keys, (provider, id) => ports.get(WEBHOOKS, provider).get(id))),
  };
}
