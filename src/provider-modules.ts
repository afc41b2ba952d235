import { astraModule } from './datasources/astra/module';
import { pagstarModule } from './datasources/pagstar/module';
import { pixApiModule } from './datasources/pix-api/module';
import type { AnyProviderModule } from './provider-module';

/**
 * Every provider module, the only list that names them (docs/adding-a-provider.md). Order matters
 * twice: settings are parsed in it (the first bad variable is reported first), and the first
 * module whose simulator offers a clock gives the sandbox its "now".
 */
export const PROVIDER_MODULES = [astraModule, pagstarModule, pixApiModule] as const satisfies readonly AnyProviderModule[];

type Module = (typeof PROVIDER_MODULES)[number];
export type ProviderModuleId = Module['id'];
type ModuleOf<Id extends ProviderModuleId> = Extract<Module, { id: Id }>;
type RequiredId = Extract<Module, { required: true }>['id'];
type OptionalId = Exclude<ProviderModuleId, RequiredId>;

export type SettingsOf<Id extends ProviderModuleId> = ReturnType<ModuleOf<Id>['settingsFrom']>;
export type DatasourceOf<Id extends ProviderModuleId> = ReturnType<ModuleOf<Id>['create']>['datasource'];
type StartSimulator<Id extends ProviderModuleId> = ReturnType<ModuleOf<Id>['sandbox']['loadSimulator']>;
export type SimulatorOf<Id extends ProviderModuleId> = Awaited<ReturnType<StartSimulator<Id>>>;
export type SimulatorOptionsOf<Id extends ProviderModuleId> = Parameters<StartSimulator<Id>>[0];

/** `config.providers`: every module's settings, by module id. */
export type ProviderSettingsById = { [Id in ProviderModuleId]: SettingsOf<Id> };
/** `running.providers`: the datasource of every configured module (a required one always is). */
export type ProviderDatasources = { [Id in RequiredId]: DatasourceOf<Id> } & { [Id in OptionalId]?: DatasourceOf<Id> };
/** `running.sandbox`: every module's embedded simulator (sandbox mode). */
export type ProviderSimulators = { [Id in ProviderModuleId]: SimulatorOf<Id> };
/** `StartOptions.<id>Simulator`: options for each embedded simulator (tests shorten delays, TTLs). */
export type SimulatorStartOverrides = { [Id in ProviderModuleId as `${Id}Simulator`]?: Partial<SimulatorOptionsOf<Id>> };
