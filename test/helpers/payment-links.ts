import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import type { TestPaygraph } from './paygraph';

export const LINK_FIELDS = `id providerId status providerStatus url amount { amount currency } installments
  installmentOptions { count installmentAmount { amount } totalAmount { amount } }
  payerName payerDocument description reference createdAt expiresAt
  payment { paymentId method providerMethod receipt paidAt amount { amount } }`;

export const CREATE_LINK = `mutation($input: CreatePaymentLinkInput!) {
  createPaymentLink(input: $input) { paymentLink { ${LINK_FIELDS} } userErrors { field code message } }
}`;

export const LIST_LINKS = `query($filter: PaymentLinkFilter, $first: Int, $after: String) {
  paymentLinks(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id reference status payerDocument } }
  }
}`;

export const LINK_EVENTS = `subscription($filter: PaymentEventFilter) {
  paymentEvents(filter: $filter) { id type provider occurredAt subject { id ... on PaymentLink { status providerStatus payment { method receipt } } } }
}`;

export const LINK_UPDATED = `subscription($id: ID!) { paymentLinkUpdated(id: $id) { id status payment { method } } }`;

/** A check-digit-valid CPF for payers. */
export const PAYER_CPF = '12345678909';

export function linkInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { payer: { name: 'João Silva', document: PAYER_CPF }, amount: '100.00', installments: 3, description: 'Order #1', ...overrides };
}

export async function createLink(app: TestPaygraph, overrides: Record<string, unknown> = {}): Promise<any> {
  const response = await app.gql(CREATE_LINK, { input: linkInput(overrides) });
  if (response.errors || response.data.createPaymentLink.userErrors.length > 0) throw new Error(JSON.stringify(response));
  return response.data.createPaymentLink.paymentLink;
}

/** Simulator calls made while `work` runs, per route (only routes that were called). */
export async function callsDuring<T>(app: TestPaygraph, work: () => Promise<T>): Promise<{ result: T; calls: Record<string, number> }> {
  const counters = app.sandbox!.astra.counters;
  const before = counters.snapshot();
  const result = await work();
  const calls: Record<string, number> = {};
  for (const [route, count] of Object.entries(counters.snapshot())) {
    const delta = count - (before[route] ?? 0);
    if (delta > 0) calls[route] = delta;
  }
  return { result, calls };
}

/** The URL Paygraph registered at the simulator for PAYMENT_LINK_INBOUND (contains its secret). */
export async function registeredLinkWebhookUrl(app: TestPaygraph): Promise<string> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await request(`${app.sandbox!.astra.url}/webhook/v1?type=PAYMENT_LINK_INBOUND`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
  });
  const body = (await response.body.json()) as { content: Array<{ url: string }> };
  return body.content[0].url;
}

export async function postJson(url: string, body: unknown): Promise<number> {
  const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.body.text();
  return response.statusCode;
}
