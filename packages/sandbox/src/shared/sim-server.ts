import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { SimCounters } from './sim-counters';
import { FaultKnobs, type FaultDecision } from './fault-knobs';
import { SimRouter } from './sim-router';

/** A request as the simulators' route handlers see it. */
export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON or form body (form bodies become a plain object); undefined when empty. */
  body: unknown;
  rawBody: string;
  /** Client address (loopback in tests), for IP allow-list checks. */
  remoteAddress: string;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface SimServerOptions {
  router: SimRouter;
  counters: SimCounters;
  faults: FaultKnobs;
  /** Builds the provider's own error body for a status (404 for unknown routes, injected faults, bad JSON). */
  errorBody: (status: number, req: SimRequest) => unknown;
  /** Content type of those error bodies; default application/json. */
  errorContentType?: string;
  /** Runs before the handler; returns a response to short-circuit (e.g. 401), or undefined to continue. */
  guard?: (req: SimRequest, routeName: string) => SimResponse | undefined;
  /** Routes exempt from injected faults (e.g. the token endpoint when a test targets API calls only). */
  faultExempt?: (routeName: string) => boolean;
  maxBodyBytes?: number;
  /** PEM key and certificate: serve HTTPS; `requireClientCert` also demands a client certificate signed by `ca` (mTLS). */
  tls?: SimTlsOptions;
}

export interface SimTlsOptions {
  key: string;
  cert: string;
  ca?: string;
  requireClientCert?: boolean;
}

export interface RunningSimServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

/**
 * A tiny HTTP/1.1 server for provider simulators: real sockets on 127.0.0.1, routing, JSON/form
 * bodies, fault injection (latency, error rate, forced 401, hang) and per-route counters.
 * Deliberately dependency-free so the simulator stays cheap when it shares a core with a load generator.
 */
export async function startSimServer(options: SimServerOptions, port = 0): Promise<RunningSimServer> {
  const sockets = new Set<Socket>();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES)
      .then((raw) => handle(options, req.method ?? 'GET', req.url ?? '/', req.headers, raw, req.socket.remoteAddress ?? '', res))
      .catch(() => send(res, { status: 413, body: { message: 'Request body too large' } }));
  };
  const server: Server = options.tls ? createHttpsServer(httpsOptions(options.tls), onRequest) : createServer(onRequest);
  server.keepAliveTimeout = 65_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(server, port);
  const address = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`,
    port: address.port,
    close: () => closeServer(server, sockets),
  };
}

async function handle(
  options: SimServerOptions,
  method: string,
  rawUrl: string,
  headers: IncomingHttpHeaders,
  rawBody: string,
  remoteAddress: string,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(rawUrl, 'http://sim.local');
  const match = options.router.match(method, url.pathname);
  const routeName = match?.name ?? `${method} ${url.pathname}`;
  const req: SimRequest = {
    method,
    path: url.pathname,
    params: match?.params ?? {},
    query: url.searchParams,
    headers,
    body: undefined,
    rawBody,
    remoteAddress,
  };
  const started = Date.now();
  const respond = (response: SimResponse) => {
    options.counters.record({ route: routeName, method, path: url.pathname, status: response.status, headers, at: started });
    send(res, response);
  };

  const exempt = options.faultExempt?.(routeName) ?? false;
  const fault: FaultDecision = exempt ? { kind: 'none', latencyMs: 0 } : options.faults.decide(routeName);
  if (fault.latencyMs > 0) await delay(fault.latencyMs);
  if (fault.kind === 'hang') {
    options.counters.record({ route: routeName, method, path: url.pathname, status: 0, headers, at: started });
    return; // never answered; the socket is destroyed when the server closes
  }
  if (fault.kind === 'status') return respond({ status: fault.status, body: options.errorBody(fault.status, req), headers: errorHeaders(options) });

  try {
    req.body = parseBody(rawBody, headers['content-type']);
  } catch {
    return respond({ status: 400, body: options.errorBody(400, req), headers: errorHeaders(options) });
  }
  const blocked = options.guard?.(req, routeName);
  if (blocked) return respond(blocked);
  if (!match) {
    const status = options.router.hasPath(url.pathname) ? 405 : 404;
    return respond({ status, body: options.errorBody(status, req), headers: errorHeaders(options) });
  }
  let response: SimResponse;
  try {
    response = await match.handler(req);
  } catch {
    response = { status: 500, body: options.errorBody(500, req), headers: errorHeaders(options) };
  }
  if (fault.kind === 'drop-after-commit') {
    // The handler ran (the write is committed); the client only sees the connection close.
    options.counters.record({ route: routeName, method, path: url.pathname, status: 0, headers, at: started });
    res.socket?.destroy();
    return;
  }
  respond(response);
}

function errorHeaders(options: SimServerOptions): Record<string, string> | undefined {
  return options.errorContentType ? { 'content-type': options.errorContentType } : undefined;
}

/** With `requireClientCert`, the TLS handshake itself refuses clients without a certificate signed by `ca`. */
function httpsOptions(tls: SimTlsOptions) {
  const mutual = tls.requireClientCert ?? false;
  return { key: tls.key, cert: tls.cert, ca: tls.ca, requestCert: mutual, rejectUnauthorized: mutual };
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  return JSON.parse(raw);
}

function send(res: ServerResponse, response: SimResponse): void {
  if (res.headersSent || res.destroyed) return;
  const payload = response.body === undefined ? '' : JSON.stringify(response.body);
  const headers: Record<string, string | number> = { ...(response.headers ?? {}) };
  if (payload) headers['content-type'] ??= 'application/json';
  headers['content-length'] = Buffer.byteLength(payload);
  res.writeHead(response.status, headers);
  res.end(payload);
}

function readBody(req: NodeJS.ReadableStream, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
