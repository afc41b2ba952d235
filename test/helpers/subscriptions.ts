import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface TestSubscription {
  /** Every `data` payload received so far, in order. */
  received: any[];
  errors: unknown[];
  /** Resolves with the n-th payload (1-based) once it arrives; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<any>;
  /** Resolves when the server completes the subscription (or the socket closes). */
  completed: Promise<void>;
  close(): Promise<void>;
}

/** A real graphql-ws client (the `ws` package) subscribed to one operation. */
export function subscribe(url: string, query: string, variables?: Record<string, unknown>, connectionParams?: Record<string, unknown>): TestSubscription {
  const client: Client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams });
  return track(client, query, variables, () => client.dispose());
}

export interface TestSocket {
  /** One more subscription on this socket; its `close()` completes it (the socket stays open). */
  subscribe(query: string, variables?: Record<string, unknown>): TestSubscription;
  /** Resolves once the server acknowledged connection_init. */
  acknowledged: Promise<void>;
  /** Resolves with the close code and reason when the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/** One graphql-ws socket, opened at once, for several subscriptions (caps per socket and per key). */
export function openSocket(url: string, connectionParams?: Record<string, unknown>): TestSocket {
  let acknowledge!: () => void;
  let closedWith!: (event: { code: number; reason: string }) => void;
  const acknowledged = new Promise<void>((resolve) => (acknowledge = resolve));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams,
    // A refused socket closes while the client has nothing to report it to: keep it quiet here.
    onNonLazyError: () => undefined,
    on: {
      connected: () => acknowledge(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closedWith({ code, reason: String(reason) });
      },
    },
  });
  return {
    acknowledged,
    closed,
    subscribe: (query, variables) => track(client, query, variables, (unsubscribe) => unsubscribe()),
    close: () => Promise.resolve(client.dispose()),
  };
}

function track(client: Client, query: string, variables: Record<string, unknown> | undefined, close: (unsubscribe: () => void) => Promise<void> | void): TestSubscription {
  const received: any[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  let resolveCompleted!: () => void;
  const completed = new Promise<void>((resolve) => (resolveCompleted = resolve));
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) received.push(value.data);
        notify();
      },
      error: (error) => {
        errors.push(error);
        resolveCompleted();
        notify();
      },
      complete: () => {
        resolveCompleted();
        notify();
      },
    },
  );
  return {
    received,
    errors,
    completed,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (errors.length) throw new Error(`subscription error: ${JSON.stringify(errors[0])}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`only ${received.length} of ${count} events within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received[count - 1];
    },
    async close() {
      await close(unsubscribe);
    },
  };
}

/** Waits until the server has registered `count` subscribers (subscriptions are set up asynchronously). */
export async function untilSubscribers(getCount: () => number, count: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (getCount() < count) {
    if (Date.now() > deadline) throw new Error(`only ${getCount()} of ${count} subscribers registered`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
