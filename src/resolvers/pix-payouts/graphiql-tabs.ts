import type { GraphiqlTab } from '../../graphiql/options';

/** GraphiQL tabs: create a Pix payout batch, release it, read its payments. */

const PAYOUT_BATCH = `# A Pix payout batch: up to 1,000 outgoing Pix payments from one account, sent together
# when released (tab ReleasePayoutBatch). In the sandbox a payment ending in ,99 fails.
# Running it again with the same idempotencyKey answers the same batch: nothing is created twice.
mutation PayoutBatch {
  createPixPayoutBatch(input: {
    idempotencyKey: "graphiql-payout-demo-1"
    debitAccount: { agency: "1234", account: "987654321", accountDigit: "5", accountType: CHECKING }
    reference: "payroll-demo"
    payments: [
      { paymentId: "PAY-1", pixKey: { type: CPF, value: "123.456.789-09" }, amount: "150.00", beneficiaryName: "João Silva" }
      { paymentId: "PAY-2", pixKey: { type: EMAIL, value: "maria@example.com" }, amount: "80.99", beneficiaryName: "Maria Santos" }
      { paymentId: "PAY-3", pixKey: { type: PHONE, value: "+5511987654321" }, amount: "42.50", beneficiaryName: "Ana Lima" }
    ]
  }) {
    pixPayoutBatch { id providerId status paymentCount totalAmount { amount } }
    userErrors { field code message }
  }
}
`;

const RELEASE_PAYOUT_BATCH = `# Sends the batch's payments. Safe to repeat: the provider is asked once.
mutation ReleasePayoutBatch($id: ID!) {
  releasePixPayoutBatch(input: { batchId: $id }) {
    pixPayoutBatch { id status releasedAt }
    userErrors { field code message }
  }
}
`;

const PAYOUT_BATCH_PAYMENTS = `# A few seconds after the release: PARTIALLY_COMPLETED, PAY-2 (80,99) FAILED with its reason.
# Each step of the batch is a PIX_PAYOUT_UPDATED event, each payment's outcome a
# PIX_PAYOUT_PAYMENT_UPDATED event about that payment (its id: node(id:), pixPayoutUpdated(id:)).
query PayoutBatchPayments($id: ID!) {
  node(id: $id) {
    ... on PixPayoutBatch {
      status paidCount paidAmount { amount } totalAmount { amount } completedAt
      payments(first: 10) { edges { node { id paymentId status amount { amount } endToEndId failureReason } } }
    }
  }
}
`;

const BATCH_ID_VARIABLES = '{ "id": "<the id PayoutBatch answered>" }';

export function pixPayoutTabs(): GraphiqlTab[] {
  return [
    { name: 'PayoutBatch', query: PAYOUT_BATCH },
    { name: 'ReleasePayoutBatch', query: RELEASE_PAYOUT_BATCH, variables: BATCH_ID_VARIABLES },
    { name: 'PayoutBatchPayments', query: PAYOUT_BATCH_PAYMENTS, variables: BATCH_ID_VARIABLES },
  ];
}
