import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange, type TypedDocumentNode } from 'urql';

/**
 * urql clients for Paygraph. Every document is a trusted document sent by its sha256 hash
 * (TRUSTED_DOCUMENTS on the server, docs/frontend-guide.md "Trusted documents"): codegen's
 * documents carry only `__meta__.hash` (replaceDocumentWithHash, codegen.yml), and `byHash` turns
 * that into urql's persisted document, which urql sends as `documentId` (GET for queries).
 */
export function byHash<Result, Variables>(document: TypedDocumentNode<Result, Variables>): TypedDocumentNode<Result, Variables> {
  const { hash } = (document as unknown as { __meta__: { hash: string } }).__meta__;
  return { kind: 'Document', definitions: [], documentId: `sha256:${hash}` } as unknown as TypedDocumentNode<Result, Variables>;
}

/** The order's client token: reads its Pix charge (GET by hash) and follows it over graphql-ws. */
export function pixClient(graphqlUrl: string, wsUrl: string, clientToken: string): { client: Client; socket: WsClient } {
  const authorization = `Bearer ${clientToken}`;
  // 4401: the client token expired; retrying with it cannot work (the page says what to do).
  const socket = createWsClient({ url: wsUrl, connectionParams: { authorization }, retryAttempts: 5, shouldRetry: (event) => !isCloseCode(event, 4401) });
  const client = new Client({
    url: graphqlUrl,
    fetchOptions: { headers: { authorization } },
    preferGetMethod: 'within-url-limit',
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            // graphql-ws requires a `query` string: empty, the hash travels in extensions.
            unsubscribe: socket.subscribe({ query: '', variables: request.variables, extensions: { documentId: request.documentId } }, sink),
          }),
        }),
      }),
    ],
  });
  return { client, socket };
}

/** The publishable key: tokenizes cards (saveCard), from this page's origin only. */
export function cardClient(graphqlUrl: string, publishableKey: string): Client {
  return new Client({ url: graphqlUrl, fetchOptions: { headers: { authorization: `Bearer ${publishableKey}` } }, exchanges: [fetchExchange] });
}

function isCloseCode(event: unknown, code: number): boolean {
  return typeof event === 'object' && event !== null && 'code' in event && event.code === code;
}
