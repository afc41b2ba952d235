import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ErrorCode } from '../errors/codes';

/**
 * The HTTP half of a shutdown that resets nothing it has received (docs/deploy.md, "Shutdown").
 *
 * Phases: `serving` → `draining` (SIGTERM: every answer carries `Connection: close`) → `refusing`
 * (listener closed and everything already received read: a request that starts now gets a clean
 * 503 + `Connection: close` + `Retry-After`, without being executed).
 *
 * Why not `http.Server#close` (or Apollo's drain plugin, which calls it): it destroys at once every
 * connection without a request in progress — including connections whose request bytes have
 * arrived but not been read yet, and connections still in the accept queue. Their clients saw a
 * reset (issue 23, case 7: 49 of 100 reads).
 */
/** Loop turns in a row without a new connection that mean the accept queue is empty. */
const QUIET_TURNS = 3;
/**
 * Most loop turns spent accepting before the listener closes anyway: the listen backlog (src/app.ts),
 * so a full queue is emptied even if new connections keep arriving meanwhile. Counted in turns, not
 * milliseconds: a loaded machine slows the turns, not how many connections each turn accepts.
 */
const MAX_ACCEPT_TURNS = 4_096;
/** Loop turns after the listener closed for node to read and parse what the last accepted sockets received. */
const READ_TURNS = 3;

export type DrainPhase = 'serving' | 'draining' | 'refusing';

export const SHUTTING_DOWN_BODY = JSON.stringify({
  errors: [{ message: 'This instance is shutting down; the request was not executed. Retry it.', extensions: { code: ErrorCode.SHUTTING_DOWN, retryable: true } }],
});

export class HttpDrain {
  private phase: DrainPhase = 'serving';
  private readonly responses = new Set<ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private settled?: () => void;
  private allClosed?: Promise<void>;
  private accepted = 0;

  constructor(private readonly server: Server) {
    // Upgraded (WebSocket) sockets leave node's own connection list; this set still holds them.
    server.on('connection', (socket: Socket) => {
      this.accepted++;
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  get current(): DrainPhase {
    return this.phase;
  }

  /** The server's request listener: counts answers in progress, closes connections while draining, refuses once closed. */
  wrap(app: RequestListener): RequestListener {
    return (req, res) => {
      this.responses.add(res);
      res.once('close', () => this.answered(res));
      if (this.phase === 'refusing') return refuse(req, res);
      if (this.phase === 'draining') res.setHeader('connection', 'close');
      app(req, res);
    };
  }

  /** SIGTERM: answers from now on (including those of requests already running) close their connection. */
  begin(): void {
    if (this.phase !== 'serving') return;
    this.phase = 'draining';
    for (const res of this.responses) if (!res.headersSent) res.setHeader('connection', 'close');
  }

  /**
   * Stops accepting connections without touching the accepted ones, lets node read every request
   * that has arrived, then refuses new ones and closes the connections with nothing to answer.
   */
  async stopAccepting(): Promise<void> {
    this.begin();
    await this.acceptQueued();
    this.allClosed = new Promise((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    // Sockets accepted in the last turn are read in the next poll phase; node parses what it reads
    // at once, so after these turns every request received so far is running.
    for (let turn = 0; turn < READ_TURNS; turn++) await nextTurn();
    this.phase = 'refusing';
    // Idle per node's parser (no request half-received) and no answer in progress: keep-alive
    // connections with nothing to answer. A half-received request keeps its connection.
    this.server.closeIdleConnections();
  }

  /**
   * Closing the listener resets every connection still in the kernel's accept queue — connections
   * whose requests may have arrived long ago, if the process was busy. libuv accepts at most one
   * queued connection per loop turn, so turn the loop until a few turns in a row accept nothing
   * (the queue is empty), a bounded number of times in case a balancer keeps opening connections.
   */
  private async acceptQueued(): Promise<void> {
    let quietTurns = 0;
    for (let turn = 0; quietTurns < QUIET_TURNS && turn < MAX_ACCEPT_TURNS; turn++) {
      const before = this.accepted;
      await nextTurn();
      quietTurns = this.accepted === before ? quietTurns + 1 : 0;
    }
  }

  /** Resolves once every request received has been answered, or at `deadlineAt`; returns how many were not. */
  async requestsAnswered(deadlineAt: number): Promise<number> {
    if (this.responses.size > 0) {
      const done = new Promise<void>((resolve) => (this.settled = resolve));
      await raceDeadline(done, deadlineAt);
    }
    return this.responses.size;
  }

  /** Resolves once every connection is closed; at `deadlineAt` destroys the rest and returns how many. */
  async connectionsClosed(deadlineAt: number): Promise<number> {
    if (!this.allClosed) throw new Error('stopAccepting() first');
    const closedInTime = await raceDeadline(this.allClosed, deadlineAt);
    if (closedInTime) return 0;
    const cut = this.sockets.size;
    for (const socket of this.sockets) socket.destroy();
    await this.allClosed;
    return cut;
  }

  private answered(res: ServerResponse): void {
    this.responses.delete(res);
    if (this.responses.size === 0) this.settled?.();
  }
}

/**
 * 503 without executing anything. The body is read first: closing a connection with unread bytes
 * makes the kernel send a reset, and the client would never see the answer.
 */
function refuse(req: IncomingMessage, res: ServerResponse): void {
  req.once('error', () => res.destroy());
  req.once('end', () => {
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(SHUTTING_DOWN_BODY),
      connection: 'close',
      'retry-after': '1',
    });
    res.end(SHUTTING_DOWN_BODY);
  });
  req.resume();
}

/** true if `work` settled before `deadlineAt`. */
export async function raceDeadline(work: Promise<unknown>, deadlineAt: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadlineAt - Date.now()))));
  try {
    return await Promise.race([work.then(() => true as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
