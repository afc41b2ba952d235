import type { RequestListener } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ProviderPorts } from '../domain/ports';

/**
 * OpenTelemetry export, switched on by the standard variables (docs/observability.md, "Reading a
 * trace"). This file has no OpenTelemetry import at run time: without `OTEL_EXPORTER_OTLP_ENDPOINT`
 * (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) no SDK module is ever loaded, `telemetry()` answers
 * undefined and every hook below is skipped with one `?.` (the hot path pays nothing measurable:
 * docs/performance.md, "OpenTelemetry: A/B").
 */
export interface Telemetry {
  /** Runs each `/graphql` HTTP request inside its operation span (the span the Apollo plugin names). */
  httpListener(listener: RequestListener, graphqlPath: string): RequestListener;
  /** Names the operation span and sets its attributes (operation name and type, client id; never variables). */
  apolloPlugin(): ApolloServerPlugin<BaseContext>;
  /** graphql-ws server options whose `execute`/`subscribe` run inside an operation span. */
  wsOptions: <T extends object>(options: T) => T;
  /** Each provider's ports, each call in a child span (the boundary where an operation reaches a provider). */
  tracedPorts(providers: readonly ProviderPorts[]): ProviderPorts[];
  /** One provider HTTP attempt: its span and the per-provider RED metrics. */
  providerAttempt(attempt: ProviderAttempt): AttemptObservation;
  webhook: WebhookSpans;
  /** `trace_id`/`span_id` of the active span for a log line (pino mixin); empty when none. */
  logFields: () => Record<string, string>;
  /** Exports what is buffered (called on close, before the process exits). */
  flush(): Promise<void>;
}

export interface ProviderAttempt {
  provider: string;
  method: string;
  /** The request path (no query): turned into a route template, never exported raw. */
  path: string;
  /** 1 for the first attempt of a logical call. */
  attempt: number;
  /** The upstream `x-transaction-id` sent on this attempt. */
  transactionId: string;
}

export interface AttemptObservation {
  /** `status` 0: no answer (`failure` says why). */
  end(status: number, failure?: 'timeout' | 'network' | 'not_sent'): void;
}

/** W3C trace context of the receive span, carried in the webhook inbox entry across instances. */
export type TraceCarrier = Record<string, string>;

/** receive → inbox → confirm → publish; confirm and publish link to the receive span. */
export interface WebhookSpans {
  receive<T extends { outcome: string }>(provider: string, run: () => Promise<T>): Promise<T>;
  inbox<T>(provider: string, run: (trace: TraceCarrier | undefined) => Promise<T>): Promise<T>;
  confirm<T>(provider: string, from: TraceCarrier | undefined, run: () => Promise<T>): Promise<T>;
  publish<T>(provider: string, eventType: string, from: TraceCarrier | undefined, run: () => Promise<T>): Promise<T>;
}

let active: Telemetry | undefined;

/** The running telemetry, or undefined when export is off. */
export function telemetry(): Telemetry | undefined {
  return active;
}

/** Whether the standard variables ask for OTLP export of traces. */
export function telemetryRequested(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts the OpenTelemetry SDK once per process when the variables ask for it. `require`, not
 * `import`: the SDK is loaded only then (a test checks the module cache), as the simulators are
 * loaded only in sandbox mode (src/datasources/astra/module.ts says why not `import()`).
 */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): Telemetry | undefined {
  if (active || !telemetryRequested(env)) return active;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load on purpose, see above
  const { startOpenTelemetry } = require('./otel') as typeof import('./otel');
  active = startOpenTelemetry(env);
  return active;
}

/** Spans that only run their work: the webhook path when export is off. */
export const NO_WEBHOOK_SPANS: WebhookSpans = {
  receive: (_provider, run) => run(),
  inbox: (_provider, run) => run(undefined),
  confirm: (_provider, _from, run) => run(),
  publish: (_provider, _eventType, _from, run) => run(),
};

/** The webhook spans, or ones that only run their work when export is off. */
export function webhookSpans(): WebhookSpans {
  return active?.webhook ?? NO_WEBHOOK_SPANS;
}
