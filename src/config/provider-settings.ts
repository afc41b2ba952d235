import { z } from 'zod';
import { ConfigError } from './config-error';
import type { AnyProviderModule, ProviderSettings } from '../provider-module';
import { PROVIDER_MODULES, type ProviderSettingsById } from '../provider-modules';

const MODULES: readonly AnyProviderModule[] = PROVIDER_MODULES;

/** Used when no module declares a polling interval (families' pollers still need one). */
const DEFAULT_POLL_INTERVAL_MS = 2_000;

/** Every provider module's slice of the environment schema, as one object schema. */
export const ProviderEnvSchema = z.object(Object.assign({}, ...MODULES.map((module) => module.env)) as z.ZodRawShape);

export interface ProvidersFromEnv {
  providers: ProviderSettingsById;
  /** Live when any provider is configured (and then every required one must be). */
  mode: 'sandbox' | 'live';
  /** The shared pollers' interval: the shortest a module declares. */
  pollIntervalMs: number;
  /** The drain waits for in-flight provider calls: the longest deadline of any provider. */
  longestDeadlineMs: number;
}

/** The parsed provider slices of the environment → every module's settings, and what follows from them. */
export function providersFromEnv(env: Record<string, unknown>): ProvidersFromEnv {
  const settings = MODULES.map((module) => ({ module, settings: module.settingsFrom(env) }));
  const configured = settings.filter(({ settings }) => settings.endpoint !== undefined);
  const missingRequired = settings.filter(({ module, settings }) => module.required && settings.endpoint === undefined);
  // A real account is never served by an open sandbox server: any provider's credentials mean
  // live mode, and live mode needs every required provider (the default one).
  if (configured.length > 0 && missingRequired.length > 0) {
    const variables = missingRequired.flatMap(({ module }) => module.credentialVariables).join(', ');
    const given = configured.map(({ module }) => module.info.displayName).join(' and ');
    throw new ConfigError(`${variables}: required when ${given} credentials are set (live mode)`);
  }
  const intervals = settings.flatMap(({ settings }) => (settings.pollIntervalMs === undefined ? [] : [settings.pollIntervalMs]));
  return {
    providers: byModuleId(settings),
    mode: configured.length > 0 ? 'live' : 'sandbox',
    pollIntervalMs: intervals.length > 0 ? Math.min(...intervals) : DEFAULT_POLL_INTERVAL_MS,
    longestDeadlineMs: Math.max(...settings.map(({ settings }) => settings.http.deadlineMs)),
  };
}

function byModuleId(settings: readonly { module: AnyProviderModule; settings: ProviderSettings }[]): ProviderSettingsById {
  // Each entry is its own module's settingsFrom() result, so the record has the type the list derives.
  return Object.fromEntries(settings.map(({ module, settings }) => [module.id, settings])) as ProviderSettingsById;
}
