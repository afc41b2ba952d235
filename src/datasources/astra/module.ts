import type { ProviderEndpoint } from '../../config/providers';
import type { ProviderModule } from '../../provider-module';
import type { AstraSimulator, AstraSimulatorOptions } from '@paygraph/sandbox/astra';
import { createAstraDatasource, type AstraDatasource } from '.';
import { ASTRA_PROVIDER } from './provider';
import { ASTRA_ENV, astraSandboxEndpoint, astraSettings } from './settings';

/** Astra as a provider module (src/provider-module.ts): the default provider, required in live mode. */
export const astraModule: ProviderModule<'astra', true, ProviderEndpoint, AstraDatasource, AstraSimulator, AstraSimulatorOptions> = {
  id: 'astra',
  info: ASTRA_PROVIDER,
  // Live mode needs Astra: its credentials are what switches Paygraph from sandbox to live.
  required: true,
  credentialVariables: ['ASTRA_CLIENT_ID', 'ASTRA_CLIENT_SECRET', 'ASTRA_BASE_URL'],
  env: ASTRA_ENV,
  settingsFrom: astraSettings,
  // Astra confirms every product by webhook: nothing to poll, no derived secret to adopt.
  create: (settings, { sharedTokens, clock }) => ({ datasource: createAstraDatasource(settings.endpoint, settings.http, { sharedTokens, clock }) }),
  sandbox: {
    loadSimulator,
    endpointOf: astraSandboxEndpoint,
    payPixCharge: (simulator, txid, payer) => simulator.payCharge(txid, payer && { name: payer.name, documentNumber: payer.document }),
    // Date rules (Automatic Pix, payouts) follow the Astra simulator's clock, so both agree on "tomorrow".
    clock: (simulator) => simulator.clock,
  },
};

/**
 * The simulator is loaded only in sandbox mode: a live deployment never loads its code.
 * `require`, not `import()`: this package compiles to CommonJS, where a dynamic import() is an ES
 * module import that would need file extensions the TypeScript sources (ts-node, jest) do not have.
 */
function loadSimulator() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load on purpose, see above
  const { startAstraSimulator } = require('@paygraph/sandbox/astra') as typeof import('@paygraph/sandbox/astra');
  return startAstraSimulator;
}
