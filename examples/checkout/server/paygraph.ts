import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * The merchant server's Paygraph client: its server key, the operations of ./graphql.ts (typed by
 * codegen from examples/checkout/operations/server) sent as text over HTTP. Only this server holds
 * the key; the page gets a client token or uses the publishable key.
 */
export interface PaygraphClient {
  run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
}

export function paygraphClient(graphqlUrl: string, serverKey: string): PaygraphClient {
  return {
    async run(document, variables) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${serverKey}` },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { data?: never; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      if (body.errors?.length || !body.data) {
        const reasons = (body.errors ?? []).map((error) => `${error.message} [${error.extensions?.code ?? 'no code'}]`);
        throw new Error(`Paygraph answered HTTP ${response.status}: ${reasons.join('; ') || 'no data'}`);
      }
      return body.data;
    },
  };
}

/** A mutation payload's user errors as one sentence, or null when there are none. */
export function userErrorText(payload: { userErrors: Array<{ code: string; message: string }> }): string | null {
  if (payload.userErrors.length === 0) return null;
  return payload.userErrors.map((error) => `${error.message} (${error.code})`).join('; ');
}
