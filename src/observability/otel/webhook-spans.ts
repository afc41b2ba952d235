import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Link, type Span, type SpanOptions, type Tracer } from '@opentelemetry/api';
import type { TraceCarrier, WebhookSpans } from '../telemetry';

/**
 * The webhook path: `webhook receive` (the provider's POST) → `webhook inbox` (stored; the receive
 * span's context goes into the inbox entry) → later, on whichever instance takes the entry,
 * `webhook confirm` (the re-read from the provider, its attempts as children) → `webhook publish`.
 * Confirm starts a trace of its own, as a consumer does, linked to the receive span: the inbox
 * hop may cross instances and time, and the link is how a trace viewer joins the two.
 */
export function webhookSpans(tracer: Tracer): WebhookSpans {
  return {
    receive: (provider, run) =>
      // A root: providers send no trace context, and the request's own async context is not an operation's.
      inSpan(tracer, 'webhook receive', { kind: SpanKind.SERVER, root: true, attributes: { 'paygraph.provider': provider } }, async (span) => {
        const result = await run();
        span.setAttribute('paygraph.webhook.outcome', result.outcome);
        return result;
      }),
    inbox: (provider, run) => {
      // The receive span's context (the one active now), for the links on the far side of the inbox.
      const carrier: TraceCarrier = {};
      propagation.inject(context.active(), carrier);
      return inSpan(tracer, 'webhook inbox', { kind: SpanKind.PRODUCER, attributes: { 'paygraph.provider': provider } }, () => run(carrier));
    },
    confirm: (provider, from, run) =>
      inSpan(tracer, 'webhook confirm', { kind: SpanKind.CONSUMER, root: true, links: linkTo(from), attributes: { 'paygraph.provider': provider } }, run),
    publish: (provider, eventType, from, run) =>
      inSpan(tracer, 'webhook publish', { kind: SpanKind.PRODUCER, links: linkTo(from), attributes: { 'paygraph.provider': provider, 'paygraph.event.type': eventType } }, run),
  };
}

function linkTo(carrier: TraceCarrier | undefined): Link[] {
  if (!carrier) return [];
  const spanContext = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, carrier));
  return spanContext ? [{ context: spanContext }] : [];
}

async function inSpan<T>(tracer: Tracer, name: string, options: SpanOptions, run: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await run(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
