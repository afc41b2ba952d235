import type { Config } from '../config';
import type { ProviderSettings } from '../provider-module';
import type { ProviderModuleId, ProviderSettingsById, SettingsOf } from '../provider-modules';

/** An endpoint per module id (each of its own module's type). */
export type ProviderEndpoints = { [Id in ProviderModuleId]?: NonNullable<SettingsOf<Id>['endpoint']> };

/** The same config with these providers' endpoints replaced: their embedded simulators' in sandbox mode (app.ts). */
export function withEndpoints(config: Config, endpoints: ProviderEndpoints): Config {
  const providers: Record<string, ProviderSettings> = { ...config.providers };
  for (const [id, endpoint] of Object.entries(endpoints)) providers[id] = { ...providers[id], endpoint };
  // Only endpoints changed, each for its own module id: every entry keeps its module's settings type.
  return { ...config, providers: providers as ProviderSettingsById };
}
