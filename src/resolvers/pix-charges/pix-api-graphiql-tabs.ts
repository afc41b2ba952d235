import { EVENT_ID_VARIABLES, type GraphiqlTab } from '../../graphiql/options';

/** The API Pix walkthrough (sandbox mode): the same charge flow against the API Pix simulator, plus cancelling. */

const CREATE = `# API Pix (Banco Central standard): PUT /cob/{txid} at the PSP. With idempotencyKey the
# txid is derived from it, so running this twice returns the same charge. Then pay it
# with SimulatePayment ("Use as $id" on the charge id) and refund it with Refund.
mutation CreatePixApiCharge {
  createPixCharge(input: {
    provider: PIX_API
    amount: "12.50"
    description: "Order #2"
    reference: "order-2"
    idempotencyKey: "order-2-attempt"
  }) {
    pixCharge { id txid provider status amount { amount } brCode expiresAt }
    userErrors { field code message }
  }
}
`;

const PAYMENTS = `# The Pix received for an API Pix charge: payer, amount, time and end-to-end id of each.
query PixApiPayments($id: ID!) {
  node(id: $id) {
    ... on PixCharge {
      id status paidAt endToEndId
      payments { endToEndId amount { amount } paidAt payer { name document } payerMessage }
    }
  }
}
`;

const CANCEL = `# Cancel an ACTIVE API Pix charge (PATCH /cob/{txid}, REMOVIDA_PELO_USUARIO_RECEBEDOR).
# Astra and Pagstar answer NOT_SUPPORTED.
mutation CancelPixApiCharge($id: ID!) {
  cancelPixCharge(input: { id: $id }) {
    pixCharge { id status }
    userErrors { field code message }
  }
}
`;

export function pixApiChargeTabs(sandbox: boolean): GraphiqlTab[] {
  if (!sandbox) return [];
  return [
    { name: 'CreatePixApiCharge', query: CREATE },
    { name: 'PixApiPayments', query: PAYMENTS, variables: EVENT_ID_VARIABLES },
    { name: 'CancelPixApiCharge', query: CANCEL, variables: EVENT_ID_VARIABLES },
  ];
}
