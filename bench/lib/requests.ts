/**
 * What the load sends to Paygraph: the scenario queries, the authenticated POST /graphql around
 * them, and how an answer that failed is named in `failureKinds`.
 */
import { randomUUID } from 'node:crypto';
import type { LoadRequest } from './load';
import { API_KEY } from './env';

export const S1_QUERY = 'query S1($id: ID!) { node(id: $id) { id ... on PixCharge { txid status } } }';
export const S2_QUERY = 'query S2 { pixCharges(first: 50) { edges { node { id status refunds { totalCount } } } } }';
export const S3_MUTATION = 'mutation S3($input: CreatePixChargeInput!) { createPixCharge(input: $input) { pixCharge { id txid } userErrors { code message } } }';
export const GQL_HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` };

/** Paygraph's node id for an Astra object (what `node(id:)` takes). */
export function globalId(type: string, providerId: string): string {
  return Buffer.from(`v1:${type}:ASTRA:${providerId}`, 'utf8').toString('base64url');
}

/** Names a failed answer by its GraphQL error code, so that failure kinds can be told apart. */
export function graphqlCode(status: number, body: string): string {
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code ? `${status} ${code}` : `HTTP ${status} ${body.slice(0, 80)}`;
}

/** POST /graphql with the bench's API key; a function body is called once per request. */
export function graphqlPost(body: string | (() => string)): LoadRequest {
  return typeof body === 'string' ? { method: 'POST', path: '/graphql', headers: GQL_HEADERS, body } : { method: 'POST', path: '/graphql', headers: GQL_HEADERS, makeBody: body };
}

/** The S1 query for one charge; the profile and S1 targets also name the operation. */
export function s1Body(id: string, operationName?: 'S1'): string {
  return JSON.stringify({ query: S1_QUERY, variables: { id }, operationName });
}

/**
 * createPixCharge bodies, each with its own idempotencyKey: S3 and S6 count POSTs per logical call,
 * so every mutation must be a new logical call. `sent()` is how many bodies were made.
 */
export function uniqueChargeMutations(shape: { operationName?: 'S3'; reference?: string }): { makeBody: () => string; sent: () => number } {
  let n = 0;
  const prefix = randomUUID().slice(0, 8);
  return {
    makeBody: () =>
      JSON.stringify({
        query: S3_MUTATION,
        operationName: shape.operationName,
        variables: { input: { amount: '12.00', reference: shape.reference, idempotencyKey: `${prefix}-${++n}` } },
      }),
    sent: () => n,
  };
}
