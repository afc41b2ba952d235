import type { Config } from './config';
import { withEndpoints, type ProviderEndpoints } from './config/sandbox-endpoints';
import type { SandboxControls } from './context';
import type { ProviderWebhookHandler } from './events/webhook-relay';
import type { AnyProviderModule, ConfiguredSettings, EmbeddedSimulator, ProviderDeps, ProviderRuntime, ProviderSettings, SandboxClock } from './provider-module';
import { PROVIDER_MODULES, type ProviderDatasources, type ProviderSimulators, type SimulatorStartOverrides } from './provider-modules';
import type { ProviderCode } from './providers';

/**
 * The loops over the provider modules that the composition root (app.ts, server.ts) needs, so
 * neither names a provider. Records keyed by module id are typed from the list (provider-modules.ts);
 * here, inside the loops, the modules' types are erased.
 */
const MODULES: readonly AnyProviderModule[] = PROVIDER_MODULES;

function settingsOf(config: Config, module: AnyProviderModule): ProviderSettings {
  const byId: Readonly<Record<string, ProviderSettings>> = config.providers;
  return byId[module.id];
}

/** One configured provider, created. */
export interface StartedProvider {
  module: AnyProviderModule;
  runtime: ProviderRuntime;
}

/** Sandbox mode: every module's simulator, started in list order; on a failure the ones already started are closed. */
export async function startSimulators(config: Config, overrides: SimulatorStartOverrides): Promise<ProviderSimulators> {
  const options: Readonly<Record<string, object | undefined>> = overrides;
  // Loaded before any starts, as one step: a missing simulator package fails before a port is opened.
  const starters = MODULES.map((module) => ({ module, start: module.sandbox.loadSimulator() }));
  const started: Record<string, EmbeddedSimulator> = {};
  // The first simulator's clock (Astra's) is handed to the ones started after it that take a `clock`
  // option (the API Pix's), so advanceSandboxClock moves every simulator's "now" at once.
  let sharedClock: SandboxClock | undefined;
  try {
    for (const { module, start } of starters) {
      const shared = sharedClock ? { clock: sharedClock } : {};
      started[module.id] = await start({ ...shared, port: settingsOf(config, module).sandboxPort, sandboxDelayMs: config.sandbox.delayMs, ...options[`${module.id}Simulator`] });
      sharedClock ??= module.sandbox.clock?.(started[module.id]);
    }
  } catch (error) {
    await closeSimulators(started);
    throw error;
  }
  // Every module's entry is the simulator its own loadSimulator() started.
  return started as ProviderSimulators;
}

export async function closeSimulators(simulators: Readonly<Record<string, EmbeddedSimulator>> | undefined): Promise<void> {
  for (const simulator of Object.values(simulators ?? {})) await simulator.close();
}

/** The same config with every provider pointed at its embedded simulator. */
export function withSimulatorEndpoints(config: Config, simulators: ProviderSimulators): Config {
  const byId: Readonly<Record<string, EmbeddedSimulator>> = simulators;
  // Each endpoint is its own module's endpointOf() result.
  const endpoints: ProviderEndpoints = Object.fromEntries(MODULES.map((module) => [module.id, module.sandbox.endpointOf(byId[module.id])]));
  return withEndpoints(config, endpoints);
}

/** Creates every configured provider (the others stay off: live mode without their credentials). */
export function createProviders(config: Config, deps: ProviderDeps): StartedProvider[] {
  return MODULES.flatMap((module) => {
    const settings = settingsOf(config, module);
    if (settings.endpoint === undefined) return [];
    return [{ module, runtime: module.create(settings as ConfiguredSettings<unknown>, deps) }];
  });
}

/** `running.providers`: each configured provider's datasource by module id. */
export function datasourcesOf(providers: readonly StartedProvider[]): ProviderDatasources {
  // Config loading guarantees every required module is configured (live mode refuses otherwise,
  // sandbox mode configures all), so the required entries are present.
  return Object.fromEntries(providers.map(({ module, runtime }) => [module.id, runtime.datasource])) as unknown as ProviderDatasources;
}

/** The webhook ingress handler of each configured provider, by provider code (WebhookRelay). */
export function webhookHandlersOf(providers: readonly StartedProvider[]): Record<string, ProviderWebhookHandler> {
  return Object.fromEntries(providers.map(({ module, runtime }) => [module.info.code, runtime.datasource.webhookHandler]));
}

/** Network rules: the source addresses each provider's webhook deliveries must come from (empty = any). */
export function webhookSourceIps(config: Config): Record<string, string[]> {
  return Object.fromEntries(MODULES.map((module) => [module.info.code, settingsOf(config, module).webhookIps]));
}

/** Call policy: how long each provider may still complete an unanswered write (the idempotency guard's in-flight window). */
export function completionHorizons(config: Config): (provider: ProviderCode) => number {
  const horizons = new Map(MODULES.map((module) => [module.info.code, settingsOf(config, module).http.completionHorizonMs]));
  return (provider) => {
    const horizon = horizons.get(provider);
    if (horizon === undefined) throw new Error(`No provider module for ${provider}`);
    return horizon;
  };
}

/** The sandbox controls (pay a charge, the clock) over the running simulators. */
export function sandboxControls(simulators: ProviderSimulators): SandboxControls {
  const byId: Readonly<Record<string, EmbeddedSimulator>> = simulators;
  const clock = MODULES.map((module) => module.sandbox.clock?.(byId[module.id])).find((candidate) => candidate !== undefined);
  return {
    payPixCharge: async (provider, txid, payer) => {
      const module = MODULES.find((candidate) => candidate.info.code === provider);
      return module ? module.sandbox.payPixCharge(byId[module.id], txid, payer) : false;
    },
    now: clock && (() => clock.now()),
    advanceClock:
      clock &&
      ((ms) => {
        clock.advance(ms);
        return clock.now();
      }),
  };
}
