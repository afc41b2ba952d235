import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse } from './paygraph';

/**
 * Runs one operation over graphql-ws (a real `ws` client) and resolves with what the server
 * answered: the first `next` payload, or the errors of an `error` message. Closes the socket.
 */
export async function wsOnce(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  connectionParams?: Record<string, unknown>,
  /** Another `ws` class, e.g. one that sends a browser's `Origin` with the upgrade request. */
  webSocketImpl: unknown = WebSocket,
): Promise<GraphQLResponse> {
  const client = createClient({ url, webSocketImpl, retryAttempts: 0, lazy: true, connectionParams });
  try {
    return await new Promise<GraphQLResponse>((resolve, reject) => {
      let first: GraphQLResponse | undefined;
      client.subscribe(
        { query, variables },
        {
          next: (value) => void (first ??= value as GraphQLResponse),
          // Anything but GraphQL errors is a transport failure (a close event or an Error).
          error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error instanceof Error ? error : new Error('subscription failed', { cause: error }))),
          complete: () => (first ? resolve(first) : reject(new Error('completed without a result'))),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
