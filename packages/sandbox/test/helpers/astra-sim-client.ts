/**
 * Raw helpers for driving the Astra simulator over HTTP from tests. This is NOT the product's
 * Astra client (that lives in src/datasources/astra); it knows just enough to get a token and send
 * well-formed requests, so tests can also send malformed ones on purpose.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  body?: unknown;
  /** Overrides the cached token; `null` sends no Authorization header. */
  token?: string | null;
  /** Overrides the generated UUID; `null` sends no x-transaction-id header. */
  transactionId?: string | null;
  headers?: Record<string, string>;
}

export class AstraSimClient {
  private cachedToken?: string;

  constructor(
    readonly baseUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  /** Form-encoded token request (ASM-A02); `fields` replace the defaults (undefined removes one). */
  async requestToken(fields: Record<string, string | undefined> = {}): Promise<RawResponse> {
    const form = { grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret, ...fields };
    const entries = Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined);
    const response = await fetch(`${this.baseUrl}/oauth/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(entries).toString(),
    });
    return read(response);
  }

  async token(): Promise<string> {
    if (!this.cachedToken) {
      const response = await this.requestToken();
      if (response.status !== 200) throw new Error(`token request failed: ${response.status}`);
      this.cachedToken = response.body.access_token as string;
    }
    return this.cachedToken;
  }

  forgetToken(): void {
    this.cachedToken = undefined;
  }

  async call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<RawResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = options.token === undefined ? await this.token() : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const transactionId = options.transactionId === undefined ? randomUUID() : options.transactionId;
    if (transactionId !== null) headers['x-transaction-id'] = transactionId;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    return read(await fetch(`${this.baseUrl}${path}`, { method, headers, body }));
  }
}

async function read(response: Response): Promise<RawResponse> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? parseJson(text) : undefined };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface ReceivedWebhook {
  body: any;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface WebhookSink {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves once `count` deliveries arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/**
 * A local webhook receiver. `reply(n)` chooses the status for the n-th delivery (1-based) and may
 * return `'hang'` to never answer; default 200.
 */
export async function startWebhookSink(reply: (n: number) => number | 'hang' = () => 200): Promise<WebhookSink> {
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ body: parseJson(text), headers: req.headers, at: Date.now() });
      for (const wake of waiters) wake();
      const status = reply(received.length);
      if (status !== 'hang') res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks/astra`,
    received,
    waitFor: (count, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          cleanup();
          resolve(received.slice());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`expected ${count} webhook deliveries, got ${received.length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
