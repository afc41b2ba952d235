import { randomUUID } from 'node:crypto';
import { request } from 'undici';

/** Check-digit-valid keys of every type, cycled through a batch. */
const KEYS = [
  { type: 'CPF', value: '12345678909' },
  { type: 'CNPJ', value: '11222333000181' },
  { type: 'EMAIL', value: 'ana@example.com' },
  { type: 'PHONE', value: '+5511987654321' },
  { type: 'RANDOM', value: '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35' },
];

export const BATCH_FIELDS = 'id batchId status paymentCount totalAmount { amount } paidCount paidAmount { amount } createdAt releasedAt completedAt cancelledAt';

export const CREATE_BATCH = `mutation($input: CreatePixPayoutBatchInput!) {
  createPixPayoutBatch(input: $input) { pixPayoutBatch { ${BATCH_FIELDS} } userErrors { field code message } }
}`;
export const RELEASE_BATCH = `mutation($id: ID!) { releasePixPayoutBatch(input: { batchId: $id }) { pixPayoutBatch { ${BATCH_FIELDS} } userErrors { field code message } } }`;
export const CANCEL_BATCH = `mutation($id: ID!) { cancelPixPayoutBatch(input: { batchId: $id }) { pixPayoutBatch { ${BATCH_FIELDS} } userErrors { field code message } } }`;
export const BATCH_PAYMENTS = `query($id: ID!, $first: Int, $after: String, $status: PixPayoutStatus) {
  node(id: $id) { ... on PixPayoutBatch { status payments(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { paymentId status amount { amount } endToEndId failureReason processedAt pixKey { type value } } }
  } } }
}`;

/** Payment i: amount (i+1),50, except every tenth (i % 10 === 9) ending in ,99 (fails in the sandbox, ASM-A35). */
export function payment(i: number, overrides: Record<string, unknown> = {}) {
  return {
    paymentId: `PAY-${i}`,
    pixKey: KEYS[i % KEYS.length],
    amount: `${i + 1}.${i % 10 === 9 ? '99' : '50'}`,
    beneficiaryName: `Beneficiary ${i}`,
    description: `Payout ${i}`,
    reference: `REF-${i}`,
    ...overrides,
  };
}

export function batchInput(count: number, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    debitAccount: { agency: '1234', account: '987654321', accountDigit: '5', accountType: 'CHECKING' },
    payments: Array.from({ length: count }, (_, i) => payment(i)),
    reference: 'payroll-test',
    ...overrides,
  };
}

/** Sets a Pix Checkout fault of the simulator (see packages/sandbox/src/astra/pix-payouts/routes.ts). */
export async function stallNextCreates(simUrl: string, count: number): Promise<void> {
  const response = await request(`${simUrl}/__sim/pix-checkout/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stallCreatesAfterStore: count }),
  });
  if (response.statusCode !== 200) throw new Error(`fault not set: ${await response.body.text()}`);
  await response.body.text();
}

/** Checkout ids the simulator holds. */
export async function simCheckoutIds(simUrl: string): Promise<string[]> {
  const response = await request(`${simUrl}/__sim/pix-checkout/checkouts`);
  return ((await response.body.json()) as { checkoutIds: string[] }).checkoutIds;
}
