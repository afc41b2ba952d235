import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * An HTTP server that cuts slow clients off: the headers must arrive within `headersMs` and the
 * whole request (headers and body) within `requestMs`, or Node answers 408 and closes the socket.
 * Node checks these deadlines every `connectionsCheckingInterval` (30 s by default, which would let
 * a slow client stay far past its deadline), so the check runs at a tenth of the shorter deadline.
 * Time spent executing and answering is not limited here (provider deadlines bound it), and a
 * WebSocket leaves the HTTP parser at the upgrade, so long-lived subscriptions are unaffected.
 */
export function createTimedHttpServer(app: RequestListener, timeouts: { requestMs: number; headersMs: number }): Server {
  return createServer(
    {
      requestTimeout: timeouts.requestMs,
      headersTimeout: timeouts.headersMs,
      connectionsCheckingInterval: Math.max(50, Math.floor(Math.min(timeouts.requestMs, timeouts.headersMs) / 10)),
    },
    app,
  );
}
