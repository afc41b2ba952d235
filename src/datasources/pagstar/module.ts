import { webhookUrlFor } from '../../lib/webhook-url';
import { createPagstarDatasource, type PagstarDatasource } from '.';
import { pagstarCallbackSecret } from './callback-secret';
import { pagstarSubjectWatcher } from './pix-charges/charge-watch';
import { PAGSTAR_PROVIDER } from './provider';
import { PAGSTAR_ENV, pagstarSandboxEndpoint, pagstarSettings, type PagstarEndpoint } from './settings';
import type { PagstarSimulator, PagstarSimulatorOptions } from '@paygraph/sandbox/pagstar';
import type { ConfiguredSettings, ProviderDeps, ProviderModule, ProviderRuntime } from '../../provider-module';

/** Pagstar as a provider module (src/provider-module.ts): optional in live mode, polled for status. */
export const pagstarModule: ProviderModule<'pagstar', false, PagstarEndpoint, PagstarDatasource, PagstarSimulator, PagstarSimulatorOptions> = {
  id: 'pagstar',
  info: PAGSTAR_PROVIDER,
  required: false,
  credentialVariables: ['PAGSTAR_BASE_URL', 'PAGSTAR_TENANT_ID', 'PAGSTAR_USER_AGENT', 'PAGSTAR_TOKEN (or PAGSTAR_EMAIL and PAGSTAR_ACCESS_KEY)'],
  env: PAGSTAR_ENV,
  settingsFrom: pagstarSettings,
  create: createPagstar,
  sandbox: {
    loadSimulator,
    endpointOf: pagstarSandboxEndpoint,
    payPixCharge: (simulator, txid, payer) => simulator.payDeposit(txid, payer),
  },
};

function createPagstar(settings: ConfiguredSettings<PagstarEndpoint>, deps: ProviderDeps): ProviderRuntime<PagstarDatasource> {
  // Derived from the Pagstar credential: the same on every instance and after restarts (callback-secret.ts).
  const secret = pagstarCallbackSecret(settings.endpoint);
  let adopted = false;
  // Deposits carry Paygraph's notification URL as `callback` (ASM-P08) once both parts are known.
  const callbackUrl = () => {
    const base = deps.publicUrl();
    return base && adopted ? webhookUrlFor(base, PAGSTAR_PROVIDER.code, secret) : undefined;
  };
  const datasource = createPagstarDatasource(settings.endpoint, settings.http, { callbackUrl, sharedTokens: deps.sharedTokens });
  return {
    datasource,
    // Pagstar charges: no reliable webhook, so they are polled while someone subscribes.
    watchSubject: pagstarSubjectWatcher({ pix: datasource.charges, bus: deps.bus, logger: deps.logger }, deps.pollers),
    async start({ webhookSecrets }) {
      await webhookSecrets.adopt(PAGSTAR_PROVIDER.code, secret);
      adopted = true;
    },
  };
}

/** Loaded only in sandbox mode, with `require` (see `loadSimulator` in ../astra/module.ts). */
function loadSimulator() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load on purpose, see above
  const { startPagstarSimulator } = require('@paygraph/sandbox/pagstar') as typeof import('@paygraph/sandbox/pagstar');
  return startPagstarSimulator;
}
