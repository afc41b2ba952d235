import { EventEmitter } from 'node:events';
import { Agent, type Dispatcher } from 'undici';

/**
 * ky passes options it does not know to `fetch` as the second argument; this one carries an
 * {@link AttemptAbort} from provider-http to the adapter, so an attempt can be aborted without an
 * AbortSignal on the ky call (see AttemptAbort).
 */
export const ATTEMPT_ABORT_OPTION = 'paygraphAttemptAbort';

/**
 * Aborts one upstream attempt: undici accepts an EventEmitter with `aborted` as its `signal`.
 *
 * Why not an AbortSignal: a `signal` given to ky is combined with ky's own through
 * `AbortSignal.any()`, which in Node 20 costs about 11 µs per call and keeps its objects alive until
 * a full GC (they survive scavenges and are promoted). The bench saw GC at about 20% of the CPU
 * (docs/performance.md).
 */
export class AttemptAbort extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.emit('abort');
  }
}

/**
 * A fetch-shaped adapter over undici's `Dispatcher.request`, for ky's `fetch` option (docs/performance.md:
 * "ky may be given a faster fetch"). ky still builds, merges and owns the Request (prefix URL,
 * headers, method, signal); this function only sends it on a keep-alive undici pool and hands back
 * the small part of a Response that ky and provider-http read: `status`, `ok`, `headers.get()`,
 * `text()`.
 *
 * Why: Node's global fetch runs the whole WHATWG fetch algorithm on every call (a second Request,
 * web streams for the body, a Response object, more abort plumbing). The bench measured CPU per
 * upstream GET at 0.28 ms through ky + global fetch and 0.13 ms through ky + this adapter;
 * undici.request alone is about 0.03 ms (docs/performance.md).
 *
 * Semantics kept: redirects are never followed (a 3xx is returned as is, like `redirect: 'manual'`);
 * the abort handle (or else the Request's signal) aborts the call, including while the body is read
 * (so provider-http's per-attempt timer still covers a stalled body); network errors reject.
 */
export function createUndiciFetch(dispatcher: Dispatcher = sharedUpstreamAgent()): typeof fetch {
  const adapter = async (input: Request | string | URL, init?: RequestInit): Promise<UndiciResponse> => {
    // ky always passes a Request; plain (url, init) calls are accepted for completeness.
    const request = typeof input === 'object' && 'headers' in input && 'method' in input ? input : new Request(input, init);
    const url = request.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const headers: string[] = [];
    request.headers.forEach((value, key) => {
      headers.push(key, value);
    });
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const attemptAbort = (init as Record<string, unknown> | undefined)?.[ATTEMPT_ABORT_OPTION] as AttemptAbort | undefined;
    const response = await dispatcher.request({
      origin: pathStart === -1 ? url : url.slice(0, pathStart),
      path: pathStart === -1 ? '/' : url.slice(pathStart),
      method: request.method,
      headers,
      body,
      // The attempt's own abort handle when provider-http sends one; otherwise the Request's signal.
      signal: attemptAbort ?? request.signal,
    });
    return new UndiciResponse(response.statusCode, response.headers, response.body);
  };
  return adapter as unknown as typeof fetch;
}

let shared: Agent | undefined;

/**
 * One keep-alive pool per upstream origin for the whole process, like the global fetch's
 * dispatcher, but bounded: at most `connections` sockets per origin; calls beyond that queue in
 * undici (the per-attempt timer covers the wait). Idle sockets do not keep the process alive.
 */
export function sharedUpstreamAgent(): Agent {
  shared ??= new Agent({ connections: 256, pipelining: 1, keepAliveTimeout: 4_000 });
  return shared;
}

/** Response headers as undici returns them (lower-case names). */
class UndiciHeaders {
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
}

/** The subset of a fetch Response that ky (no hooks, no progress) and provider-http use. */
class UndiciResponse {
  readonly ok: boolean;
  readonly headers: UndiciHeaders;
  readonly redirected = false;

  constructor(
    readonly status: number,
    headers: Record<string, string | string[] | undefined>,
    private readonly stream: Dispatcher.ResponseData['body'],
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new UndiciHeaders(headers);
  }

  /** ky cancels bodies it does not hand out; an unread body is discarded so the socket is reused. */
  get body(): { cancel(): Promise<void> } {
    return { cancel: () => this.stream.dump() };
  }

  text(): Promise<string> {
    return this.stream.text();
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.stream.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.stream.arrayBuffer();
  }
}
