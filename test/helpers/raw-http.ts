import { connect } from 'node:net';

export interface RawExchange {
  /** Everything the server sent before closing (or before `untilResponse` saw a status line). */
  response: string;
  /** Body bytes (after the head) the client had written when the exchange ended. */
  bodyBytesSent: number;
  elapsedMs: number;
}

/**
 * Speaks HTTP/1.1 over a raw TCP socket: writes `head`, then trickles `trickle` one byte every
 * `everyMs` until the server answers and closes (or answers, with `untilResponse`). Bounded by
 * `giveUpMs` so a server that never answers fails the test instead of hanging it.
 */
export function rawExchange(port: number, head: string, options: { trickle?: string; everyMs?: number; untilResponse?: boolean; giveUpMs?: number } = {}): Promise<RawExchange> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => finish(new Error(`no answer within ${options.giveUpMs ?? 10_000} ms (sent ${sent} body bytes)`)), options.giveUpMs ?? 10_000);
    const finish = (error?: Error) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      if (error) reject(error);
      else resolve({ response, bodyBytesSent: sent, elapsedMs: Date.now() - started });
    };
    socket.on('connect', () => {
      socket.write(head);
      const trickle = options.trickle ?? '';
      if (!trickle) return;
      timer = setInterval(() => {
        if (sent >= trickle.length || socket.destroyed) return clearInterval(timer);
        socket.write(trickle[sent++]);
      }, options.everyMs ?? 100);
    });
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
      if (options.untilResponse && /\r\n\r\n/.test(response)) finish();
    });
    socket.on('error', () => finish());
    socket.on('close', () => finish());
  });
}
