import { NodeSDK } from '@opentelemetry/sdk-node';
import { envDetector, hostDetector, processDetector, type ResourceDetector } from '@opentelemetry/resources';
import { context, metrics, trace } from '@opentelemetry/api';
import type { Telemetry } from '../telemetry';
import { graphqlSpans } from './graphql-spans';
import { providerSpans } from './provider-spans';
import { webhookSpans } from './webhook-spans';

/**
 * The OpenTelemetry SDK, configured by the standard OTEL_* variables (endpoint, protocol, headers,
 * OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER, OTEL_METRIC_EXPORT_INTERVAL…),
 * read by the SDK itself. Paygraph only sets what the SDK has no good default for: the service
 * name `paygraph` (unless the variables name one), no OpenTelemetry log export (log lines go to
 * stdout through pino and carry the trace id instead), and resource detectors that do not copy
 * the command line into every span. The SDK's default context manager is AsyncLocalStorage's.
 * Loaded only by telemetry.ts when export is asked for.
 */
export function startOpenTelemetry(env: NodeJS.ProcessEnv): Telemetry {
  const sdk = new NodeSDK({
    serviceName: namesService(env) ? undefined : 'paygraph',
    // OTEL_NODE_RESOURCE_DETECTORS, when set, chooses them (the SDK reads it when none are given here).
    ...(env.OTEL_NODE_RESOURCE_DETECTORS ? {} : { resourceDetectors: [envDetector, hostDetector, processDetectorWithoutArgs] }),
    logRecordProcessors: [],
  });
  sdk.start();
  const tracer = trace.getTracer('paygraph');
  const meter = metrics.getMeter('paygraph');
  const graphql = graphqlSpans(tracer);
  const providers = providerSpans(tracer, meter);
  return {
    httpListener: graphql.httpListener,
    apolloPlugin: graphql.apolloPlugin,
    wsOptions: graphql.wsOptions,
    tracedPorts: providers.tracedPorts,
    providerAttempt: providers.attempt,
    webhook: webhookSpans(tracer),
    logFields,
    flush,
  };
}

function namesService(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.OTEL_SERVICE_NAME) || /(?:^|,)\s*service\.name\s*=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
}

/** process.* attributes without `process.command_args`/`process.command_line`: arguments may hold anything. */
const processDetectorWithoutArgs: ResourceDetector = {
  detect(config) {
    const detected = processDetector.detect(config);
    const attributes = { ...detected.attributes };
    delete attributes['process.command_args'];
    delete attributes['process.command_line'];
    delete attributes['process.command'];
    return { ...detected, attributes };
  },
};

function logFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  // A fresh object each time: pino merges the line's own fields into what the mixin returns.
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

type Flushable = { forceFlush?: () => Promise<void>; getDelegate?: () => unknown };

/**
 * Exports every span and metric point buffered so far (on close). A collector that is down or
 * refuses them loses them, as the SDK's own periodic exports would: it never fails the shutdown.
 */
async function flush(): Promise<void> {
  const tracerProvider = trace.getTracerProvider() as Flushable;
  const delegate = (tracerProvider.getDelegate?.() ?? tracerProvider) as Flushable;
  await Promise.allSettled([delegate.forceFlush?.(), (metrics.getMeterProvider() as Flushable).forceFlush?.()]);
}
