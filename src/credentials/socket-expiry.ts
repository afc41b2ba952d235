import type { WebSocket } from 'ws';
import { CloseCode } from 'graphql-ws';

/** setTimeout's longest delay (about 24.8 days); a credential valid longer is checked per operation only. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * graphql-ws authenticates a socket once, at connection_init: a credential that expires (an OIDC
 * token) must not outlive itself on a socket that stays open. At its expiry the socket closes with
 * 4401 Unauthorized and a reason saying why, ending its subscriptions; the client reconnects with a
 * fresh credential. Returns the function that cancels the timer (the socket closed first).
 */
export function closeAtExpiry(socket: Pick<WebSocket, 'close'>, expiresAt: Date | undefined, now = Date.now()): () => void {
  if (!expiresAt) return () => undefined;
  const delay = Math.max(0, expiresAt.getTime() - now);
  if (delay > MAX_TIMER_MS) return () => undefined;
  const timer = setTimeout(() => socket.close(CloseCode.Unauthorized, 'Credential expired: reconnect with a fresh one.'), delay);
  timer.unref();
  return () => clearTimeout(timer);
}

/** Whether the credential has expired (an operation sent on its socket is then refused). */
export function hasExpired(expiresAt: Date | undefined, now = Date.now()): boolean {
  return expiresAt !== undefined && expiresAt.getTime() <= now;
}
