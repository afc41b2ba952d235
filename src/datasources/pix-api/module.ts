import type { ProviderModule } from '../../provider-module';
import type { PixApiSimulator, PixApiSimulatorOptions } from '@paygraph/sandbox/pix-api';
import { createPixApiDatasource, type PixApiDatasource } from '.';
import { PIX_API_PROVIDER } from './provider';
import { PIX_API_CREDENTIAL_VARIABLES, PIX_API_ENV, pixApiSandboxEndpoint, pixApiSettings, type PixApiEndpoint } from './settings';

/** The API Pix as a provider module (src/provider-module.ts): optional, one PSP per deployment. */
export const pixApiModule: ProviderModule<'pixApi', false, PixApiEndpoint, PixApiDatasource, PixApiSimulator, PixApiSimulatorOptions> = {
  id: 'pixApi',
  info: PIX_API_PROVIDER,
  required: false,
  credentialVariables: PIX_API_CREDENTIAL_VARIABLES,
  env: PIX_API_ENV,
  settingsFrom: pixApiSettings,
  // Callbacks report payments and refunds (each read back from the PSP): nothing to poll.
  create: (settings, { sharedTokens, clock }) => ({ datasource: createPixApiDatasource(settings.endpoint, settings.http, { sharedTokens, clock }) }),
  sandbox: {
    loadSimulator,
    endpointOf: pixApiSandboxEndpoint,
    payPixCharge: (simulator, txid, payer) => simulator.payCharge(txid, payer),
  },
};

/** Loaded only in sandbox mode, with `require` (see `loadSimulator` in ../astra/module.ts). */
function loadSimulator() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load on purpose, see above
  const { startPixApiSimulator } = require('@paygraph/sandbox/pix-api') as typeof import('@paygraph/sandbox/pix-api');
  return startPixApiSimulator;
}
