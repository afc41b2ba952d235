import type { WebSocket } from 'ws';
import type { ClientIdentity } from '../context';

/** graphql-ws socket closed because its credential expired (graphql-ws clients do not retry 4401). */
export const CREDENTIAL_EXPIRED_CLOSE_CODE = 4401;
export const CLIENT_TOKEN_EXPIRED_REASON = 'client token expired';
export const CREDENTIAL_EXPIRED_REASON = 'Credential expired: reconnect with a fresh one.';

/** setTimeout's longest delay (about 24.8 days): a longer-lived credential is checked per operation only. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type SocketContext = { extra: { socket: WebSocket } };

/**
 * graphql-ws authenticates a socket once, at connection_init, so a credential that expires (a
 * client token, an OIDC token) must not outlive itself on a socket that stays open: a timer per
 * such socket closes it with 4401 at the credential's `exp`, ending its subscriptions; the client
 * reconnects with a fresh credential. Sockets of server keys get no timer.
 */
export function socketExpiries() {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  return {
    watch(ctx: SocketContext, client: ClientIdentity | undefined): void {
      if (client?.expiresAt === undefined) return;
      const delay = Math.max(0, client.expiresAt - Date.now());
      if (delay > MAX_TIMER_MS) return;
      const reason = client.kind === 'client-token' ? CLIENT_TOKEN_EXPIRED_REASON : CREDENTIAL_EXPIRED_REASON;
      const timer = setTimeout(() => ctx.extra.socket.close(CREDENTIAL_EXPIRED_CLOSE_CODE, reason), delay);
      // The socket, not this timer, keeps the process alive; a drain closes sockets itself.
      timer.unref();
      timers.set(ctx, timer);
    },
    forget(ctx: object): void {
      clearTimeout(timers.get(ctx));
      timers.delete(ctx);
    },
  };
}
