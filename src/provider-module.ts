import type { z } from 'zod';
import type { ProviderPolicy } from './config/providers';
import type { ProviderPorts } from './domain/ports';
import type { SharedTokenCache } from './datasources/http/shared-token-cache';
import type { EventBus } from './events/event-bus';
import type { SubjectPollers } from './events/poller';
import type { ProviderWebhookHandler } from './events/webhook-relay';
import type { SubjectWatcher } from './family';
import type { Clock } from './lib/clock';
import type { Logger } from './logger';
import type { ProviderCode, ProviderInfo } from './providers';
import type { WebhookSecretStore } from './webhooks/secret-store';

/**
 * One payment provider as a plug-in: everything Paygraph needs to configure, wire and simulate it.
 * `src/provider-modules.ts` lists them; app.ts, server.ts and config.ts loop over that list and
 * never name a provider. docs/adding-a-provider.md walks through writing one.
 */
export interface ProviderModule<
  Id extends string = string,
  Required extends boolean = boolean,
  Endpoint = unknown,
  Datasource extends ProviderDatasource = ProviderDatasource,
  Simulator extends EmbeddedSimulator = EmbeddedSimulator,
  SimulatorOptions extends object = object,
> {
  /** Key of its settings (`config.providers.<id>`), datasource (`running.providers.<id>`) and simulator. */
  readonly id: Id;
  /** Its entry in the provider list (src/providers.ts): the same object, not a copy. */
  readonly info: ProviderInfo & { readonly code: ProviderCode };
  /**
   * Live mode needs it: its credentials switch Paygraph to live mode, and any other provider's
   * credentials without it are refused (a real account is never served by an open sandbox).
   */
  readonly required: Required;
  /** The variables that configure it, named when live mode needs it and they are missing. */
  readonly credentialVariables: readonly string[];
  /** Its environment variables: its slice of the schema (zod), parsed with the others at start-up. */
  readonly env: z.ZodRawShape;
  /** Its slice of the parsed environment → its settings; `endpoint` absent = not configured. */
  settingsFrom(env: Record<string, unknown>): ProviderSettings<Endpoint>;
  /** Its port bindings, webhook ingress and subject watcher, once per process (configured providers only). */
  create(settings: ConfiguredSettings<Endpoint>, deps: ProviderDeps): ProviderRuntime<Datasource>;
  /** Sandbox mode: its embedded simulator, loaded only then. */
  readonly sandbox: ProviderSandbox<Endpoint, Simulator, SimulatorOptions>;
}

/** The parts of a module's settings Paygraph reads; `config.providers.<id>`. */
export interface ProviderSettings<Endpoint = unknown> {
  /** Where and how to call it; absent when not configured (live mode without its credentials, sandbox before its simulator starts). */
  endpoint?: Endpoint;
  /** Call policy: timeouts, retries, and the in-flight window the idempotency guard keeps (docs/idempotency.md). */
  http: ProviderPolicy;
  /** Network rule: source addresses its webhook deliveries must come from; empty = any. */
  webhookIps: string[];
  /** Status-polling interval of its subjects without webhooks; absent when it has none. */
  pollIntervalMs?: number;
  /** Port of its embedded simulator in sandbox mode (0 = any free port). */
  sandboxPort: number;
}

export type ConfiguredSettings<Endpoint> = ProviderSettings<Endpoint> & { endpoint: Endpoint };

/** What the composition root hands every module's `create`. */
export interface ProviderDeps {
  logger: Logger;
  bus: EventBus;
  /** The shared pollers (one per subject, one concurrency bound across all of them). */
  pollers: SubjectPollers;
  /** Live mode with Redis: one token per window across instances. */
  sharedTokens?: SharedTokenCache;
  /** PUBLIC_URL, or in sandbox mode this server's own address once it listens. */
  publicUrl(): string | undefined;
  /**
   * The process clock (Services.clock): in sandbox mode the simulators' clock, so the default date
   * windows of the lists follow `advanceSandboxClock` and find what the simulator created after it.
   */
  clock: Clock;
}

/** A provider's datasource: at least its port bindings (for PortRegistry) and its webhook ingress. */
export interface ProviderDatasource extends ProviderPorts {
  /** Confirms each webhook delivery of this provider (events/webhook-relay.ts). */
  webhookHandler: ProviderWebhookHandler;
}

export interface ProviderRuntime<Datasource extends ProviderDatasource = ProviderDatasource> {
  datasource: Datasource;
  /** Polls its subjects that no webhook reports, while someone subscribes. */
  watchSubject?: SubjectWatcher;
  /** Start-up work once the shared stores exist, before the server listens (e.g. adopting a derived webhook secret). */
  start?(stores: { webhookSecrets: WebhookSecretStore }): Promise<void>;
}

/** What Paygraph needs of any embedded simulator. */
export interface EmbeddedSimulator {
  url: string;
  close(): Promise<void>;
}

/** A simulator clock (the sandbox's "now"). */
export interface SandboxClock {
  now(): Date;
  advance(ms: number): void;
}

export interface ProviderSandbox<Endpoint, Simulator extends EmbeddedSimulator, SimulatorOptions extends object> {
  /**
   * Loads the simulator's code and returns its start function. Called only in sandbox mode, with
   * `require`, so a live deployment never loads simulator code (test/e2e/live-mode-loads-no-simulator.test.ts).
   */
  loadSimulator(): (options: SimulatorOptions & SimulatorStartOptions) => Promise<Simulator>;
  /** The endpoint that makes this module call its running simulator. */
  endpointOf(simulator: Simulator): Endpoint;
  /** Sandbox control: pays a charge at the simulator, which then delivers its real webhook. */
  payPixCharge(simulator: Simulator, txid: string, payer?: { name: string; document: string }): Promise<boolean>;
  /** The sandbox clock, when this simulator's is the one date rules follow (the first module offering one wins). */
  clock?(simulator: Simulator): SandboxClock;
}

/** What every simulator start takes from the configuration. */
export interface SimulatorStartOptions {
  port: number;
  sandboxDelayMs: number;
}

/** A module with its types erased, for loops over the list. */
export type AnyProviderModule = ProviderModule<string, boolean, unknown, ProviderDatasource, EmbeddedSimulator, object>;
