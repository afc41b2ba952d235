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
  const received: any[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  let resolveCompleted!: () => void;
  const completed = new Promise<void>((resolve) => (resolveCompleted = resolve));
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  client.subscribe(
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
      await client.dispose();
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
