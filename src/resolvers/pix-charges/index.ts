import type { Family } from '../../family';
import { loaderKey } from '../../domain/loaders';
import { pixChargeLoaders } from '../../domain/pix-charges/loaders';
import { PixChargeResolver } from './pix-charge.resolver';
import { PixChargeUpdatedResolver } from './pix-charge-updated.resolver';
import { SandboxResolver } from './sandbox.resolver';
import { PixChargeCancelResolver } from './cancel-pix-charge.resolver';
import { PIX_CHARGE_EVENTS } from '../../domain/pix-charges/events';
import { pixChargeTabs } from './graphiql-tabs';

/** Pix charges: dynamic QR codes (Astra) and Pix deposits (Pagstar). */
export const pixChargesFamily: Family = {
  name: 'Pix charges',
  resolvers: [PixChargeResolver, PixChargeUpdatedResolver, PixChargeCancelResolver],
  sandboxResolvers: [SandboxResolver],
  createLoaders: pixChargeLoaders,
  nodeFetchers: { PixCharge: (ctx, provider, txid) => ctx.loaders.pixCharge.load(loaderKey(provider, txid)) },
  eventTypes: PIX_CHARGE_EVENTS,
  graphiqlTabs: pixChargeTabs,
};
