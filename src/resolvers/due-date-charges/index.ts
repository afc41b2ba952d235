import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { dueDatePixChargeLoaders } from '../../domain/due-date-charges/loaders';
import { DUE_DATE_PIX_CHARGE_EVENTS } from '../../domain/due-date-charges/events';
import { dueDateChargeTabs } from './graphiql-tabs';
import { DueDatePixChargeResolver } from './due-date-pix-charge.resolver';
import { DueDatePixChargeSandboxResolver } from './sandbox.resolver';
import { DueDatePixChargeUpdatedResolver } from './due-date-pix-charge-updated.resolver';
import { DueDatePixChargePaymentObjectResolver } from './payment-object.resolver';

/** Pix charges with a due date (the API Pix's `cobv`): only the PIX_API provider has them. */
export const dueDateChargesFamily: Family = {
  name: 'Due-date Pix charges',
  resolvers: [DueDatePixChargeResolver, DueDatePixChargeUpdatedResolver, DueDatePixChargePaymentObjectResolver],
  sandboxResolvers: [DueDatePixChargeSandboxResolver],
  createLoaders: dueDatePixChargeLoaders,
  nodeFetchers: { DueDatePixCharge: (ctx, provider, txid) => ctx.loaders.dueDatePixCharge.load(loaderKey(provider, txid)) },
  eventTypes: DUE_DATE_PIX_CHARGE_EVENTS,
  graphiqlTabs: dueDateChargeTabs,
};
