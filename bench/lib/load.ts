/**
 * Closed-loop load through autocannon's programmatic API, in the driver process. Latencies are
 * recorded here at full resolution (autocannon's own histogram has 1 ms buckets, too coarse for
 * "p50 overhead ≤ 2 ms"), and every response is validated: non-2xx, GraphQL `errors` and wrong
 * shapes are counted separately.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as AutocannonFn;

type AutocannonFn = (options: Record<string, unknown>, callback?: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  stop(): void;
}
interface AutocannonResult {
  requests: { sent: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  resets: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Per-request body (e.g. a unique idempotency key); replaces `body`. */
  makeBody?: () => string;
}

export interface LoadOptions {
  url: string;
  request: LoadRequest;
  connections: number;
  /** Seconds; or `amount` requests in total. */
  durationSec?: number;
  amount?: number;
  timeoutSec?: number;
  /** true when the body is the expected answer (status is 2xx). */
  validate?: (body: string) => boolean;
  /** Classifies a failed answer, e.g. its GraphQL error code (counted in `failureKinds`). */
  classify?: (status: number, body: string) => string;
  /** Tallies valid answers by kind (e.g. success vs typed error), counted in `validKinds`. */
  tally?: (body: string) => string;
}

export interface LoadResult {
  /** Answers received. */
  requests: number;
  /** Requests written (answered or cut off at the end of the run). */
  sent: number;
  ok: number;
  rps: number;
  elapsedMs: number;
  latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number; mean: number };
  non2xx: number;
  invalid: number;
  errors: number;
  timeouts: number;
  failureKinds: Record<string, number>;
  validKinds: Record<string, number>;
}

/** Answers that count as failed: non-2xx, invalid bodies, socket errors and timeouts. */
export function failureCount(result: LoadResult): number {
  return result.non2xx + result.invalid + result.errors + result.timeouts;
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  let samples = new Float64Array(1 << 16);
  let sampleCount = 0;
  let invalid = 0;
  let non2xx = 0;
  let responses = 0;
  const failureKinds: Record<string, number> = {};
  const validKinds: Record<string, number> = {};
  const { request } = options;
  const validate = options.validate;

  const onResponse = (status: number, body: string) => {
    if (status < 200 || status >= 300) {
      non2xx++;
      const kind = options.classify?.(status, body) ?? `HTTP ${status}`;
      failureKinds[kind] = (failureKinds[kind] ?? 0) + 1;
    } else if (validate && !validate(body)) {
      invalid++;
      const kind = options.classify?.(status, body) ?? 'invalid body';
      failureKinds[kind] = (failureKinds[kind] ?? 0) + 1;
    } else if (options.tally) {
      const kind = options.tally(body);
      validKinds[kind] = (validKinds[kind] ?? 0) + 1;
    }
  };
  const requests = [
    {
      method: request.method,
      path: request.path,
      headers: request.headers,
      body: request.body,
      ...(request.makeBody ? { setupRequest: (req: Record<string, unknown>) => ({ ...req, body: request.makeBody!() }) } : {}),
      onResponse,
    },
  ];

  return new Promise<LoadResult>((resolveLoad, rejectLoad) => {
    const startedNs = process.hrtime.bigint();
    let lastResponseNs = startedNs;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationSec }),
        timeout: options.timeoutSec ?? 10,
        pipelining: 1,
        requests,
        excludeErrorStats: false,
      },
      (error, result) => {
        if (error) return rejectLoad(error);
        const elapsedMs = Number(lastResponseNs - startedNs) / 1e6;
        const sorted = samples.subarray(0, sampleCount).sort();
        const pct = (p: number) => (sampleCount === 0 ? NaN : sorted[Math.min(sampleCount - 1, Math.floor((p / 100) * sampleCount))]);
        let sum = 0;
        for (let i = 0; i < sampleCount; i++) sum += sorted[i];
        resolveLoad({
          requests: responses,
          sent: Math.max(result.requests?.sent ?? responses, responses),
          ok: responses - non2xx - invalid,
          rps: options.amount ? NaN : (responses * 1000) / elapsedMs,
          elapsedMs,
          latencyMs: {
            p50: round(pct(50)),
            p90: round(pct(90)),
            p99: round(pct(99)),
            p999: round(pct(99.9)),
            max: round(sampleCount ? sorted[sampleCount - 1] : NaN),
            mean: round(sampleCount ? sum / sampleCount : NaN),
          },
          non2xx,
          invalid,
          errors: result.errors,
          timeouts: result.timeouts,
          failureKinds,
          validKinds,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      responses++;
      lastResponseNs = process.hrtime.bigint();
      if (statusCode >= 200 && statusCode < 300) {
        if (sampleCount === samples.length) {
          const bigger = new Float64Array(samples.length * 2);
          bigger.set(samples);
          samples = bigger;
        }
        samples[sampleCount++] = responseTime;
      }
    });
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
