import type { GraphiqlTab } from './options';

const SUBSCRIBE = `# 1. Run this subscription first: it waits for confirmed payment events.
subscription WatchPayments {
  paymentEvents {
    id
    cursor
    type
    provider
    occurredAt
    subject {
      id
      ... on PixCharge { txid status amount { amount } paidAt payer { name } }
    }
  }
}
`;

const CREATE = `# 2. In another tab, create a charge. In sandbox mode an amount ending in ,01 is paid
#    automatically a few seconds later, and the subscription above receives PIX_CHARGE_PAID.
mutation CreateCharge {
  createPixCharge(input: {
    amount: "5.01"
    description: "Order #1"
    reference: "order-1"
    debtor: { name: "João Silva", document: "123.456.789-09" }
    idempotencyKey: "order-1-attempt-1"
  }) {
    pixCharge { id txid status amount { amount currency } brCode expiresAt }
    userErrors { field code message }
  }
}
`;

const READ = `# 3. Read it back (paste the id from CreateCharge), with its refunds.
query ReadCharge($id: ID!) {
  node(id: $id) {
    ... on PixCharge {
      id status amount { amount } amountRefunded { amount } paidAt endToEndId
      refunds(first: 10) { edges { node { id status amount { amount } refundedAt } } }
    }
  }
}
`;

const REFUND = `# 4. Refund part of a PAID charge (omit amount to refund the rest).
mutation Refund($id: String!) {
  refundPixCharge(input: { chargeId: $id, amount: "1.00", reason: "item returned", idempotencyKey: "refund-1" }) {
    refund { id status amount { amount } }
    pixCharge { id status amountRefunded { amount } }
    userErrors { field code message }
  }
}
`;

const LIST = `# Newest Astra charges, 10 at a time; pass pageInfo.endCursor as "after" for the next page.
query ListCharges {
  pixCharges(first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id txid status amount { amount } createdAt } }
  }
}
`;

const PAY = `# Sandbox only: pay an ACTIVE charge as a payer would (drives the real webhook path).
mutation SimulatePayment($id: String!) {
  simulatePixChargePayment(input: { chargeId: $id }) {
    pixCharge { id status paidAt }
    userErrors { field code message }
  }
}
`;

/** The example operations GraphiQL opens with: the sandbox flow, one step per tab. */
export function defaultGraphiqlTabs(sandbox: boolean): GraphiqlTab[] {
  const idVariables = '{ "id": "<paste a PixCharge id>" }';
  const tabs: GraphiqlTab[] = [
    { name: 'WatchPayments', query: SUBSCRIBE },
    { name: 'CreateCharge', query: CREATE },
    { name: 'ReadCharge', query: READ, variables: idVariables },
    { name: 'Refund', query: REFUND, variables: idVariables },
    { name: 'ListCharges', query: LIST },
  ];
  if (sandbox) tabs.push({ name: 'SimulatePayment', query: PAY, variables: idVariables });
  return tabs;
}
