import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { webhookLoaders } from '../../domain/webhooks/loaders';
import { WebhookResolver } from './webhook.resolver';

/** Provider-side webhook registrations, managed through the graph (Astra). */
export const webhooksFamily: Family = {
  name: 'Webhooks',
  resolvers: [WebhookResolver],
  createLoaders: webhookLoaders,
  nodeFetchers: { Webhook: (ctx, provider, webhookId) => ctx.loaders.webhook.load(loaderKey(provider, webhookId)) },
};
