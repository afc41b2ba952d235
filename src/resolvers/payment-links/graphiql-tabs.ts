import { EVENT_ID_VARIABLES, type GraphiqlTab } from '../../graphiql/options';

/** GraphiQL tabs: create a payment link, then read it once paid. */

const PAYMENT_LINK = `# A payment link: a hosted page where the payer pays by Pix or by card in installments.
# Send the payer to url. In sandbox mode an amount ending in ,01 is paid by Pix a few
# seconds later: the Payment events panel shows PAYMENT_LINK_PAID, and "Use as $id" on
# it fills in ReadPaymentLink. Other links stay CREATED until they expire
# (PAYMENT_LINK_STATUS_CHANGED).
mutation CreatePaymentLink {
  createPaymentLink(input: {
    payer: { name: "João Silva", document: "123.456.789-09" }
    amount: "150.01"
    installments: 3
    description: "Order #2"
    reference: "order-2"
    expiresInDays: 3
  }) {
    paymentLink { id status url amount { amount } installmentOptions { count installmentAmount { amount } } expiresAt }
    userErrors { field code message }
  }
}
`;

const READ_PAYMENT_LINK = `# The link as the provider has it now: PAID with its payment (method, receipt = the
# Pix end-to-end id or the card NSU, when, how much).
query ReadPaymentLink($id: ID!) {
  node(id: $id) {
    ... on PaymentLink {
      id status providerStatus reference expiresAt
      payment { method receipt paidAt amount { amount } }
    }
  }
}
`;

export function paymentLinkTabs(): GraphiqlTab[] {
  return [
    { name: 'CreatePaymentLink', query: PAYMENT_LINK },
    { name: 'ReadPaymentLink', query: READ_PAYMENT_LINK, variables: EVENT_ID_VARIABLES },
  ];
}
