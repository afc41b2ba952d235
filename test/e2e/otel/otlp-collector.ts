import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OTLP/HTTP collector for tests: a node:http server on 127.0.0.1, port 0, that accepts
 * `POST /v1/traces` and `POST /v1/metrics` in the JSON encoding (`OTEL_EXPORTER_OTLP_PROTOCOL=http/json`)
 * and keeps what it received, flattened for assertions.
 */
export interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  links: { traceId: string; spanId: string }[];
  status: { code?: number };
  durationMs: number;
  resource: Record<string, unknown>;
}

export interface ExportedPoint {
  metric: string;
  attributes: Record<string, unknown>;
  /** Counter value, or a histogram's count. */
  value: number;
}

export interface OtlpCollector {
  url: string;
  spans(): ExportedSpan[];
  points(): ExportedPoint[];
  /** Every request body received, as text (to scan for secrets). */
  rawBodies(): string[];
  close(): Promise<void>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean; arrayValue?: { values?: OtlpValue[] } };
type OtlpAttribute = { key: string; value: OtlpValue };

export async function startOtlpCollector(): Promise<OtlpCollector> {
  const spans: ExportedSpan[] = [];
  const points: ExportedPoint[] = [];
  const raw: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      raw.push(text);
      if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').includes('application/json')) {
        res.writeHead(415).end();
        return;
      }
      if (req.url === '/v1/traces') spans.push(...flattenSpans(JSON.parse(text)));
      else if (req.url === '/v1/metrics') points.push(...flattenMetrics(JSON.parse(text)));
      else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans: () => [...spans],
    points: () => [...points],
    rawBodies: () => [...raw],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function valueOf(value: OtlpValue): unknown {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(valueOf);
  return undefined;
}

function attributesOf(list: OtlpAttribute[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, valueOf(value)]));
}

function flattenSpans(body: any): ExportedSpan[] {
  const out: ExportedSpan[] = [];
  for (const resourceSpans of body.resourceSpans ?? []) {
    const resource = attributesOf(resourceSpans.resource?.attributes);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      for (const span of scopeSpans.spans ?? []) {
        out.push({
          traceId: span.traceId,
          spanId: span.spanId,
          parentSpanId: span.parentSpanId ?? '',
          name: span.name,
          kind: span.kind,
          attributes: attributesOf(span.attributes),
          links: (span.links ?? []).map((link: { traceId: string; spanId: string }) => ({ traceId: link.traceId, spanId: link.spanId })),
          status: span.status ?? {},
          durationMs: Number((BigInt(span.endTimeUnixNano ?? 0) - BigInt(span.startTimeUnixNano ?? 0)) / 1000n) / 1000,
          resource,
        });
      }
    }
  }
  return out;
}

function flattenMetrics(body: any): ExportedPoint[] {
  const out: ExportedPoint[] = [];
  for (const resourceMetrics of body.resourceMetrics ?? []) {
    for (const scopeMetrics of resourceMetrics.scopeMetrics ?? []) {
      for (const metric of scopeMetrics.metrics ?? []) {
        for (const point of metric.sum?.dataPoints ?? []) {
          out.push({ metric: metric.name, attributes: attributesOf(point.attributes), value: Number(point.asInt ?? point.asDouble ?? 0) });
        }
        for (const point of metric.histogram?.dataPoints ?? []) {
          out.push({ metric: metric.name, attributes: attributesOf(point.attributes), value: Number(point.count ?? 0) });
        }
      }
    }
  }
  return out;
}
