import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { automaticPixLoaders } from '../../domain/automatic-pix/loaders';
import { automaticPixSubjectWatcher } from './watch';
import { AutomaticPixAuthorizationResolver } from './authorization.resolver';
import { AutomaticPixPaymentResolver } from './payment.resolver';
import { AutomaticPixUpdatedResolver } from './updated.resolver';
import { AutomaticPixSandboxResolver } from './sandbox.resolver';
import { AUTOMATIC_PIX_EVENTS } from '../../domain/automatic-pix/events';
import { automaticPixTabs } from './graphiql-tabs';
import { AutomaticPixAuthorizationPaymentObjectResolver, AutomaticPixPaymentPaymentObjectResolver } from './payment-object.resolver';

/** Automatic Pix (Pix Automático): authorizations and recurring payments (Astra). */
export const automaticPixFamily: Family = {
  name: 'Automatic Pix',
  resolvers: [
    AutomaticPixAuthorizationResolver,
    AutomaticPixPaymentResolver,
    AutomaticPixUpdatedResolver,
    AutomaticPixAuthorizationPaymentObjectResolver,
    AutomaticPixPaymentPaymentObjectResolver,
  ],
  sandboxResolvers: [AutomaticPixSandboxResolver],
  createLoaders: automaticPixLoaders,
  nodeFetchers: {
    AutomaticPixAuthorization: (ctx, provider, id) => ctx.loaders.automaticPixAuthorization.load(loaderKey(provider, id)),
    AutomaticPixPayment: (ctx, provider, id) => ctx.loaders.automaticPixPayment.load(loaderKey(provider, id)),
  },
  // Astra sends no webhook for this product (ASM-A12): subscribed objects are polled.
  subjectWatcher: ({ ports, bus, pollers }) => automaticPixSubjectWatcher({ ports, bus }, pollers),
  eventTypes: AUTOMATIC_PIX_EVENTS,
  graphiqlTabs: automaticPixTabs,
};
