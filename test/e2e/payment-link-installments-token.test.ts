import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { CREATE_LINK, linkInput } from '../helpers/payment-links';

/**
 * Issue 26, item 4 (payment links): installment amounts that add up to the link's total (ASM-A56)
 * and the provider's `verificationToken`, readable by server credentials only (ASM-A57).
 */
const WRITER = 'writer-key-0123456789abcdef';
const SIGNING_SECRET = 'client-token-secret-0123456789abcdef';
const asWriter = { authorization: `Bearer ${WRITER}` };

const NODE = `query($id: ID!) { node(id: $id) { id ... on PaymentLink {
  amount { amount } verificationToken
  installmentOptions { count installmentAmount { amount } installmentAmounts { amount } totalAmount { amount } }
} } }`;
const NODE_TOKEN = 'query($id: ID!) { node(id: $id) { id ... on PaymentLink { status verificationToken } } }';
const CREATE_TOKEN = 'mutation($input: CreateClientTokenInput!) { createClientToken(input: $input) { clientToken userErrors { code } } }';

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph({ API_KEYS: `shop=${WRITER}:read+write`, CLIENT_TOKEN_KEYS: `k1:${SIGNING_SECRET}` });
});
afterAll(() => app.close());

const cents = (amount: string): number => Math.round(Number(amount) * 100);

async function createLink(overrides: Record<string, unknown>): Promise<{ id: string; providerId: string }> {
  const response = await app.gql(CREATE_LINK, { input: linkInput(overrides) }, asWriter);
  return response.data.createPaymentLink.paymentLink;
}

/** The link as the simulator's wire answers it (ASM-A26), read with Paygraph's own provider token. */
async function wireLink(providerId: string): Promise<{ verificationToken: number }> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await request(`${app.sandbox!.astra.url}/payment-link/v1/${providerId}`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID() },
  });
  return (await response.body.json()) as { verificationToken: number };
}

test('a link of 150.01 in 2 installments: each option lists installments that add up to the total, the first absorbing the remainder', async () => {
  const created = await createLink({ amount: '150.01', installments: 2 });
  const read = await app.gql(NODE, { id: created.id }, asWriter);
  expect(read.errors).toBeUndefined();
  const options = read.data.node.installmentOptions as Array<{
    count: number;
    installmentAmount: { amount: string };
    installmentAmounts: Array<{ amount: string }>;
    totalAmount: { amount: string };
  }>;
  expect(options.map((option) => option.installmentAmounts.map((installment) => installment.amount))).toEqual([['150.01'], ['75.01', '75.00']]);
  for (const option of options) {
    expect(option.installmentAmounts).toHaveLength(option.count);
    expect(option.installmentAmounts.reduce((sum, installment) => sum + cents(installment.amount), 0)).toBe(cents(option.totalAmount.amount));
  }
  // `installmentAmount` stays the provider's figure (amount / n rounded half-up).
  expect(options[1].installmentAmount.amount).toBe('75.01');
});

test('verificationToken: a server key reads the provider value; a client token for the same link gets FORBIDDEN on that field only', async () => {
  const created = await createLink({ amount: '20.00', installments: 1 });
  const wire = await wireLink(created.providerId);
  expect(wire.verificationToken).toBeGreaterThanOrEqual(100_000);
  const server = await app.gql(NODE, { id: created.id }, asWriter);
  expect(server.errors).toBeUndefined();
  expect(server.data.node.verificationToken).toBe(String(wire.verificationToken));

  const issued = await app.gql(CREATE_TOKEN, { input: { subjectId: created.id } }, asWriter);
  const token = issued.data.createClientToken.clientToken as string;
  const browser = await app.gql(NODE_TOKEN, { id: created.id }, { authorization: `Bearer ${token}` });
  expect(browser.data.node).toEqual({ id: created.id, status: 'CREATED', verificationToken: null });
  expect(browser.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['node', 'verificationToken'], 'FORBIDDEN']]);
});
