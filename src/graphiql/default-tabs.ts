import type { GraphiqlTab } from './options';
import { automaticPixTabs } from './automatic-pix-tabs';
import { cardTabs } from './card-tabs';

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

const STATIC_QR = `# A static Pix QR code: the account's Pix key, payable any number of times. Leave
# amount out and the payer types it. Paste its brCode into DecodeBrCode to read it back.
mutation StaticQrCode {
  createStaticPixQrCode(input: { amount: "25.00", description: "Donation", reference: "STATIC001" }) {
    staticPixQrCode { brCode qrCodeSvg pixKey merchantName amount { amount } description reference }
    userErrors { field code message }
  }
}
`;

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

const DECODE = `# Reads any Pix BR Code locally (no provider call). Change a character, or cut the end
# off, and run it again: valid turns false and errors lists every reason (CRC, length…).
query DecodeBrCode($brCode: String!) {
  decodeBrCode(brCode: $brCode) { valid errors warnings kind pixKey amount merchantName merchantCity description txid url }
}
`;
const DECODE_VARIABLES = JSON.stringify(
  {
    brCode: '00020126700014br.gov.bcb.pix0136b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d0208Donation520400005303986540525.005802BR5913ASTRA SANDBOX6009SAO PAULO62130509STATIC0016304BEE7',
  },
  null,
  2,
);

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
    pixPayoutBatch { id batchId status paymentCount totalAmount { amount } }
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
query PayoutBatchPayments($id: ID!) {
  node(id: $id) {
    ... on PixPayoutBatch {
      status paidCount paidAmount { amount } totalAmount { amount } completedAt
      payments(first: 10) { edges { node { paymentId status amount { amount } endToEndId failureReason } } }
    }
  }
}
`;

/**
 * The example operations GraphiQL opens with: the sandbox flow, one step per tab, in one window.
 * Events show up in the Payment events panel (events-panel.js), not in a subscription tab.
 */
export function defaultGraphiqlTabs(sandbox: boolean): GraphiqlTab[] {
  const idVariables = '{ "id": "<click Use as $id in the Payment events panel>" }';
  const tabs: GraphiqlTab[] = [
    { name: 'CreateCharge', query: CREATE },
    { name: 'ReadCharge', query: READ, variables: idVariables },
    { name: 'Refund', query: REFUND, variables: idVariables },
    { name: 'WatchCharge', query: WATCH, variables: idVariables },
    { name: 'ListCharges', query: LIST },
    { name: 'StaticQrCode', query: STATIC_QR },
    { name: 'DecodeBrCode', query: DECODE, variables: DECODE_VARIABLES },
    { name: 'CreatePaymentLink', query: PAYMENT_LINK },
    { name: 'ReadPaymentLink', query: READ_PAYMENT_LINK, variables: idVariables },
    ...automaticPixTabs(sandbox),
    { name: 'PayoutBatch', query: PAYOUT_BATCH },
    { name: 'ReleasePayoutBatch', query: RELEASE_PAYOUT_BATCH, variables: '{ "id": "<the id PayoutBatch answered>" }' },
    { name: 'PayoutBatchPayments', query: PAYOUT_BATCH_PAYMENTS, variables: '{ "id": "<the id PayoutBatch answered>" }' },
    ...cardTabs(sandbox),
  ];
  if (sandbox) tabs.push({ name: 'SimulatePayment', query: PAY, variables: idVariables });
  return tabs;
}
