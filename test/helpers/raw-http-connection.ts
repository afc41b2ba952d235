import { connect, type Socket } from 'node:net';

/**
 * A bare HTTP/1.1 connection over node:net, for shutdown tests: they must know exactly which bytes
 * were handed to the kernel before a signal, whether a second request travelled on the same
 * connection, and whether the connection ended with an answer, a clean close or a reset. HTTP client
 * libraries hide all three (pools, retries, transparent reconnects).
 */
export interface RawAnswer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** How a request ended: an answer, or the connection closed or reset before a whole one arrived. */
export type RawOutcome = { kind: 'answer'; answer: RawAnswer } | { kind: 'reset'; detail: string };

export class RawHttpConnection {
  private buffer = Buffer.alloc(0);
  private waiter?: (outcome: RawOutcome) => void;
  private endedWith?: string;
  /** Resolves with how the connection finished: 'end' (the server closed it cleanly) or 'error:<code>'. */
  readonly finished: Promise<string>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.deliver();
    });
    this.finished = new Promise((resolve) => {
      socket.once('error', (error: NodeJS.ErrnoException) => this.finish(`error:${error.code ?? error.message}`, resolve));
      socket.once('end', () => this.finish('end', resolve));
      socket.once('close', () => this.finish('close', resolve));
    });
  }

  /** Resolves once the TCP handshake is done (the kernel completes it even while the server process is stopped). */
  static open(port: number): Promise<RawHttpConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => resolve(new RawHttpConnection(socket)));
      socket.once('error', reject);
    });
  }

  /**
   * Writes one request and resolves once its bytes are handed to the kernel: on loopback they are
   * then in the server's receive buffer, whether or not the server process has read them.
   */
  write(request: string): Promise<void> {
    return new Promise((resolve, reject) => this.socket.write(request, (error) => (error ? reject(error) : resolve())));
  }

  /** The next whole response on this connection, or 'reset' if the connection ends first. */
  nextOutcome(): Promise<RawOutcome> {
    return new Promise((resolve) => {
      this.waiter = resolve;
      this.deliver();
    });
  }

  /** Writes a request and waits for its outcome. */
  async send(request: string): Promise<RawOutcome> {
    const outcome = this.nextOutcome();
    await this.write(request);
    return outcome;
  }

  close(): void {
    this.socket.destroy();
  }

  private finish(how: string, resolve: (how: string) => void): void {
    this.endedWith ??= how;
    resolve(this.endedWith);
    this.deliver();
  }

  private deliver(): void {
    if (!this.waiter) return;
    const parsed = parseResponse(this.buffer);
    if (parsed) {
      this.buffer = this.buffer.subarray(parsed.length);
      this.settle({ kind: 'answer', answer: parsed.answer });
    } else if (this.endedWith !== undefined) {
      this.settle({ kind: 'reset', detail: `${this.endedWith} with ${this.buffer.length} bytes of a response` });
    }
  }

  private settle(outcome: RawOutcome): void {
    const waiter = this.waiter!;
    this.waiter = undefined;
    waiter(outcome);
  }
}

/** One whole response with a Content-Length body (every Paygraph answer has one), or undefined. */
function parseResponse(buffer: Buffer): { answer: RawAnswer; length: number } | undefined {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd === -1) return undefined;
  const [statusLine, ...lines] = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const bodyLength = Number(headers['content-length'] ?? 0);
  const length = headEnd + 4 + bodyLength;
  if (buffer.length < length) return undefined;
  const status = Number(statusLine.split(' ')[1]);
  return { answer: { status, headers, body: buffer.subarray(headEnd + 4, length).toString('utf8') }, length };
}

/** A POST /graphql request as bytes (HTTP/1.1, so the connection is keep-alive unless closed). */
export function graphqlPost(body: unknown, headers: Record<string, string> = {}): string {
  const json = JSON.stringify(body);
  const lines = ['POST /graphql HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(json)}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${json}`;
}

/** A GET request as bytes. */
export function httpGet(path: string): string {
  return `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
}
