import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Meter, type Span, type Tracer } from '@opentelemetry/api';
import type { PortBinding, ProviderPorts } from '../../domain/ports';
import type { AttemptObservation, ProviderAttempt } from '../telemetry';
import { routeTemplate } from '../route-template';

/**
 * Where an operation reaches a provider: a span per port call (the capability a use case asked the
 * provider for), a span per HTTP attempt under it, and the RED metrics per provider.
 */
export function providerSpans(tracer: Tracer, meter: Meter) {
  const requests = meter.createCounter('paygraph.provider.requests', { description: 'Provider HTTP attempts sent, by provider, method, route template and status' });
  const errors = meter.createCounter('paygraph.provider.errors', {
    description: 'Provider HTTP attempts that failed (no answer, or an HTTP status of 400 or above), by provider and error.type',
  });
  const duration = meter.createHistogram('paygraph.provider.request.duration', { unit: 's', description: 'Duration of each provider HTTP attempt, by provider' });

  function attempt({ provider, method, path, attempt: number, transactionId }: ProviderAttempt): AttemptObservation {
    const template = routeTemplate(path);
    const labels: Attributes = { 'paygraph.provider': provider, 'http.request.method': method, 'url.template': template };
    const span = tracer.startSpan(`${method} ${template}`, {
      kind: SpanKind.CLIENT,
      attributes: {
        ...labels,
        'paygraph.attempt': number,
        // Semantic conventions: how many times this request was sent before.
        ...(number > 1 ? { 'http.request.resend_count': number - 1 } : {}),
        'paygraph.upstream.transaction_id': transactionId,
      },
    });
    const started = performance.now();
    return {
      end(status, failure) {
        const errorType = failure ?? (status >= 400 ? String(status) : undefined);
        if (status > 0) span.setAttribute('http.response.status_code', status);
        if (errorType) {
          span.setAttribute('error.type', errorType);
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        span.end();
        requests.add(1, status > 0 ? { ...labels, 'http.response.status_code': status } : labels);
        if (errorType) errors.add(1, { ...labels, 'error.type': errorType });
        duration.record((performance.now() - started) / 1000, labels);
      },
    };
  }

  /** Each binding's port behind a proxy whose method calls run in a span `<port>.<method>`. */
  function tracedPorts(providers: readonly ProviderPorts[]): ProviderPorts[] {
    return providers.map(({ provider, bindings }) => ({ provider, bindings: bindings.map((binding) => tracedBinding(provider, binding)) }));
  }

  function tracedBinding(provider: string, { key, port }: PortBinding): PortBinding {
    if (typeof port !== 'object' || port === null) return { key, port };
    const wrapped = new Map<string, unknown>();
    const proxy = new Proxy(port, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        let method = wrapped.get(property);
        if (!method) {
          const name = `${key.name}.${property}`;
          method = (...args: unknown[]) => inSpan(name, provider, key.name, () => (value as (...a: unknown[]) => unknown).apply(target, args));
          wrapped.set(property, method);
        }
        return method;
      },
    });
    return { key, port: proxy };
  }

  function inSpan(name: string, provider: string, port: string, run: () => unknown): unknown {
    const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes: { 'paygraph.provider': provider, 'paygraph.port': port } });
    let result: unknown;
    try {
      result = context.with(trace.setSpan(context.active(), span), run);
    } catch (error) {
      endFailed(span, error);
      throw error;
    }
    if (!isPromise(result)) {
      span.end();
      return result;
    }
    return result.then(
      (value) => {
        span.end();
        return value;
      },
      (error: unknown) => {
        endFailed(span, error);
        throw error;
      },
    );
  }

  return { attempt, tracedPorts };
}

/** The error's class and stable code (never its message, which may quote provider answers). */
function endFailed(span: Span, error: unknown): void {
  const code = (error as { code?: unknown })?.code;
  span.setAttribute('error.type', typeof code === 'string' ? code : error instanceof Error ? error.name : 'error');
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown })?.then === 'function';
}
