import type { GraphiqlTab } from '../../graphiql/options';

/** GraphiQL tabs walking the Automatic Pix flow (issue 13): authorize → approved → schedule → advance the clock → paid or failed → retry. */

const AUTHORIZE = `# Automatic Pix 1/4. Ask a payer to authorize monthly debits (startDate defaults to today).
# In sandbox mode it turns APPROVED a few seconds later (a maxAmount ending in ,99 is
# REJECTED). Copy authorization.id for the next tab; read it again with AutoPixRead.
# Astra sends no webhook for Automatic Pix: Paygraph polls it while it is not final, with or
# without a subscriber; its changes reach the Payment events panel and automaticPixAuthorizationUpdated.
mutation AutoPixAuthorize {
  createAutomaticPixAuthorization(input: {
    payer: { name: "João Silva", document: "123.456.789-09" }
    participantIspb: "60701190"
    creditors: [{ name: "Loja Exemplo Ltda", document: "11.222.333/0001-81" }]
    description: "Monthly gym membership"
    minAmount: "10.00"
    maxAmount: "150.00"
    retryAccepted: true
    periodicity: P1M
    contractReference: "CONTRACT-2025-0001"
  }) {
    authorization { id status participant { ispb name } minAmount { amount } maxAmount { amount } startDate }
    userErrors { field code message }
  }
}
`;

const SCHEDULE = `# Automatic Pix 2/4. Schedule a debit on the APPROVED authorization. dueDate must be
# tomorrow or later (Brasília). Sandbox: an amount ending in ,99 FAILS on its first attempt
# (to try a retry); any other amount is PAID once the sandbox calendar reaches dueDate.
mutation AutoPixSchedule($authorizationId: ID!, $dueDate: String!) {
  createAutomaticPixPayment(input: { authorizationId: $authorizationId, amount: "99.99", dueDate: $dueDate, idempotencyKey: "gym-2025-03" }) {
    payment { id status dueDate scheduledDate retryCount remainingRetries lastRetryDate }
    userErrors { field code message }
  }
}
`;

const ADVANCE = `# Automatic Pix 3/4 (sandbox only). Move the simulator's calendar forward: debits whose date
# arrives are settled a few seconds later. Then run AutoPixRead with the payment id.
mutation AdvanceSandboxClock {
  advanceSandboxClock(days: 1) { today userErrors { code message } }
}
`;

const RETRY = `# Automatic Pix 4/4. A FAILED payment gets a new date: at most 3 retries, within 7 days of
# the due date, requested by 23:59 (Brasília) of the day before. Then AdvanceSandboxClock
# again and AutoPixRead: PAID (retries always succeed in the sandbox).
mutation AutoPixRetry($id: ID!, $scheduledDate: String!) {
  retryAutomaticPixPayment(input: { paymentId: $id, scheduledDate: $scheduledDate }) {
    payment { id status scheduledDate retryCount remainingRetries }
    userErrors { field code message }
  }
}
`;

const READ = `# An authorization or a payment as the provider has it now.
query AutoPixRead($id: ID!) {
  node(id: $id) {
    ... on AutomaticPixAuthorization { id status payments(first: 5) { edges { node { id status scheduledDate retryCount } } } }
    ... on AutomaticPixPayment { id paymentStatus: status scheduledDate retryCount failureReason endToEndId paidAt }
  }
}
`;

const PAYMENT_VARIABLES = JSON.stringify({ authorizationId: '<authorization.id from AutoPixAuthorize>', dueDate: '<tomorrow, yyyy-MM-dd>' }, null, 2);
const RETRY_VARIABLES = JSON.stringify({ id: '<payment.id>', scheduledDate: '<tomorrow, yyyy-MM-dd: AdvanceSandboxClock answers today>' }, null, 2);

export function automaticPixTabs(sandbox: boolean): GraphiqlTab[] {
  return [
    { name: 'AutoPixAuthorize', query: AUTHORIZE },
    { name: 'AutoPixSchedule', query: SCHEDULE, variables: PAYMENT_VARIABLES },
    ...(sandbox ? [{ name: 'AdvanceSandboxClock', query: ADVANCE }] : []),
    { name: 'AutoPixRetry', query: RETRY, variables: RETRY_VARIABLES },
    { name: 'AutoPixRead', query: READ, variables: JSON.stringify({ id: '<an authorization or payment id>' }, null, 2) },
  ];
}
