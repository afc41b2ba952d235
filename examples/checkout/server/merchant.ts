import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import path from 'node:path';
import { Orders, type Order } from './orders';
import { paygraphClient } from './paygraph';

/**
 * The merchant server of examples/checkout: a plain node:http handler. It holds the server key,
 * serves the built page, and answers the page's few API calls:
 *
 *   GET  /api/config                    where Paygraph is, and the publishable key (both public)
 *   POST /api/orders                    a new order: Pix charge, payment link, client token
 *   POST /api/orders/:id/card           { savedCardId }: charges the card the page tokenized
 *   POST /api/orders/:id/simulate-pix   sandbox only: pays the Pix charge as a bank app would
 */
export interface MerchantConfig {
  /** Paygraph's GraphQL endpoint over HTTP, and the same for graphql-ws (ws://…). */
  graphqlUrl: string;
  wsUrl: string;
  /** The merchant's server key (API_KEYS): never leaves this process. */
  serverKey: string;
  /** The publishable key (PUBLISHABLE_KEYS) bound to `pageOrigin`: public, the page embeds it. */
  publishableKey: string;
  /** This server's own origin (the page's): client tokens are bound to it. */
  pageOrigin: string;
  /** The built page (vite build output). */
  webRoot: string;
  /** Paygraph runs in sandbox mode: offer the "simulate payment" button. */
  sandbox: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const BODY_LIMIT_BYTES = 4_096;

export function merchantHandler(config: MerchantConfig): RequestListener {
  const orders = new Orders(paygraphClient(config.graphqlUrl, config.serverKey), config.pageOrigin);
  // The page may talk to this server and to Paygraph, nothing else; the QR code is a data: image.
  const paygraphOrigin = new URL(config.graphqlUrl).origin;
  const csp = `default-src 'self'; connect-src 'self' ${paygraphOrigin} ${paygraphOrigin.replace(/^http/, 'ws')}; img-src 'self' data:; frame-ancestors 'none'`;

  async function api(request: IncomingMessage, route: string): Promise<[number, unknown]> {
    if (route === 'GET /api/config') {
      return [200, { graphqlUrl: config.graphqlUrl, wsUrl: config.wsUrl, publishableKey: config.publishableKey, sandbox: config.sandbox }];
    }
    if (route === 'POST /api/orders') return [201, publicOrder(await orders.create())];
    const match = /^POST \/api\/orders\/([\w-]+)\/(card|simulate-pix)$/.exec(route);
    const order = match && orders.get(match[1]);
    if (!match || !order) return [404, { message: 'No such order.' }];
    if (match[2] === 'card') {
      const { savedCardId } = (await readJson(request)) as { savedCardId?: unknown };
      if (typeof savedCardId !== 'string' || savedCardId === '') return [400, { message: 'savedCardId is required.' }];
      const outcome = await orders.payByCard(order, savedCardId);
      return [outcome.approved ? 200 : 402, outcome];
    }
    if (!config.sandbox) return [404, { message: 'Simulated payments exist only in sandbox mode.' }];
    const refused = await orders.simulatePixPayment(order);
    return refused ? [409, { message: refused }] : [200, { message: 'Paid in the sandbox.' }];
  }

  return (request, response) => {
    const url = new URL(request.url ?? '/', config.pageOrigin);
    const route = `${request.method} ${url.pathname}`;
    const handled = url.pathname.startsWith('/api/')
      ? api(request, route).then(([status, body]) => sendJson(response, status, body))
      : serveStatic(config.webRoot, url.pathname, response, csp);
    handled.catch((error: unknown) => {
      // The reason goes to the terminal; the page gets a sentence it can show.
      console.error(`${route}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 502, { message: 'The payment service did not answer. Nothing was charged; please try again.' });
      else response.destroy();
    });
  };
}

/** What the page may know about an order: no server key, only its own client token. */
function publicOrder(order: Order) {
  const { id, product, amount, pixChargeId, clientToken, expiresAt, paymentLinkUrl } = order;
  return { id, product, amount, pixChargeId, clientToken, expiresAt, paymentLinkUrl };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > BODY_LIMIT_BYTES) throw new Error('request body too large');
  }
  try {
    return JSON.parse(text || '{}') as unknown;
  } catch {
    return {};
  }
}

/** The built page's files; anything else is the page itself (one route, `/`). */
async function serveStatic(root: string, pathname: string, response: ServerResponse, csp: string): Promise<void> {
  const relative = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const asked = path.join(root, relative);
  // Paths outside the build, and paths without an extension (the page's own URL), get index.html.
  const file = asked.startsWith(root + path.sep) && path.extname(asked) !== '' ? asked : path.join(root, 'index.html');
  const body = await readFile(file).catch(() => null);
  if (!body) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  response.end(body);
}
