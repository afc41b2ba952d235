import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { paymentLinkLoaders } from '../../domain/payment-links/loaders';
import { PaymentLinkResolver } from './payment-link.resolver';
import { PaymentLinkUpdatedResolver } from './payment-link-updated.resolver';
import { PAYMENT_LINK_EVENTS } from '../../domain/payment-links/events';
import { paymentLinkTabs } from './graphiql-tabs';
import { PaymentLinkPaymentObjectResolver } from './payment-object.resolver';

/** Payment links (Astra): hosted pages paid by Pix or card in installments. */
export const paymentLinksFamily: Family = {
  name: 'Payment links',
  resolvers: [PaymentLinkResolver, PaymentLinkUpdatedResolver, PaymentLinkPaymentObjectResolver],
  createLoaders: paymentLinkLoaders,
  nodeFetchers: { PaymentLink: (ctx, provider, id) => ctx.loaders.paymentLink.load(loaderKey(provider, id)) },
  eventTypes: PAYMENT_LINK_EVENTS,
  graphiqlTabs: paymentLinkTabs,
};
