import type { WebSocket } from 'ws';
import type { ClientIdentity } from '../context';

/** graphql-ws socket closed because its client token expired (graphql-ws clients do not retry 4401). */
export const CREDENTIAL_EXPIRED_CLOSE_CODE = 4401;
export const CREDENTIAL_EXPIRED_REASON = 'client token expired';

type SocketContext = { extra: { socket: WebSocket } };

/**
 * A timer per socket authenticated by an expiring credential (client tokens): at its `exp` the
 * socket closes with 4401 and its subscriptions end, so a page cannot keep following an object
 * beyond the token's lifetime. Sockets of server keys get no timer.
 */
export function socketExpiries() {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  return {
    watch(ctx: SocketContext, client: ClientIdentity | undefined): void {
      if (client?.expiresAt === undefined) return;
      const timer = setTimeout(() => ctx.extra.socket.close(CREDENTIAL_EXPIRED_CLOSE_CODE, CREDENTIAL_EXPIRED_REASON), Math.max(0, client.expiresAt - Date.now()));
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
