import { EVENT_ID_VARIABLES, type GraphiqlTab } from '../../graphiql/options';
import { pixApiChargeTabs } from './pix-api-graphiql-tabs';

/**
 * GraphiQL's first tabs: the sandbox walkthrough of a Pix charge, one step per tab (create, read
 * once paid, refund, watch, list; in sandbox mode, pay it as a payer would).
 */

const CREATE = `# 1. Open the "Payment events" panel (the lightning bolt in the left sidebar), then run
#    this. In sandbox mode an amount ending in ,01 is paid automatically a few seconds
#    later: the panel shows PIX_CHARGE_PAID for the new charge. Each run creates a new
#    charge (add idempotencyKey: "…" to make a retry return the first one instead).
mutation CreateCharge {
  createPixCharge(input: {
    amount: "5.01"
    description: "Order #1"
    reference: "order-1"
    debtor: { name: "João Silva", document: "123.456.789-09" }
  }) {
    pixCharge { id txid status amount { amount currency } brCode expiresAt }
    userErrors { field code message }
  }
}
`;

const READ = `# 2. In the Payment events panel, click "Use as $id" on the PIX_CHARGE_PAID event: the
#    charge id goes into the variables below. Then run this: the charge as the provider
#    has it now (PAID, paidAt, payer) with its refunds.
query ReadCharge($id: ID!) {
  node(id: $id) {
    ... on PixCharge {
      id status amount { amount } amountRefunded { amount } paidAt payer { name }
      refunds(first: 10) { edges { node { id status amount { amount } refundedAt } } }
    }
  }
}
`;

const REFUND = `# 3. Refund 1.00 of the PAID charge ("Use as $id" on its event fills in the id; omit
#    amount to refund the rest). The refund starts PROCESSING; once the money went back
#    the panel shows PIX_CHARGE_REFUNDED, and ReadCharge shows PARTIALLY_REFUNDED.
mutation Refund($id: ID!) {
  refundPixCharge(input: { chargeId: $id, amount: "1.00", reason: "item returned" }) {
    refund { id status amount { amount } }
    pixCharge { id status amountRefunded { amount } }
    userErrors { field code message }
  }
}
`;

const WATCH = `# One charge over graphql-ws, in the editor: the first result is the charge as it is now,
# then one result per change (paid, refunded, expired). Running another tab stops it
# (GraphiQL runs one operation at a time); the Payment events panel keeps listening.
subscription WatchCharge($id: ID!) {
  pixChargeUpdated(id: $id) { id status paidAt amountRefunded { amount } }
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
mutation SimulatePayment($id: ID!) {
  simulatePixChargePayment(input: { chargeId: $id }) {
    pixCharge { id status paidAt }
    userErrors { field code message }
  }
}
`;

export function pixChargeTabs(sandbox: boolean): GraphiqlTab[] {
  return [
    { name: 'CreateCharge', query: CREATE },
    { name: 'ReadCharge', query: READ, variables: EVENT_ID_VARIABLES },
    { name: 'Refund', query: REFUND, variables: EVENT_ID_VARIABLES },
    { name: 'WatchCharge', query: WATCH, variables: EVENT_ID_VARIABLES },
    { name: 'ListCharges', query: LIST },
    ...(sandbox ? [{ name: 'SimulatePayment', query: PAY, variables: EVENT_ID_VARIABLES }] : []),
    ...pixApiChargeTabs(sandbox),
  ];
}
