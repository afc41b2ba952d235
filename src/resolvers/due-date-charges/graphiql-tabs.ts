import type { GraphiqlTab } from '../../graphiql/options';
import { brasiliaToday } from '../../lib/brasilia-calendar';

/**
 * GraphiQL tabs: a Pix charge with a due date on the API Pix (PIX_API), created with a fine and
 * interest, paid late in sandbox mode (the sandbox clock moved past the due date), then read with
 * what the payment was made of.
 */

const CREATE = `# Due date 1/4. A charge of 100.00 due on $dueDate (Brasília; today or later), payable for 10
# days after it with a 2 % fine and 1 % interest a day; 5.00 off when paid by the due date.
# Copy dueDatePixCharge.id into the next tabs' variables. Only PIX_API has charges with a due date.
mutation DueDateCharge($dueDate: String!) {
  createDueDatePixCharge(input: {
    provider: PIX_API, amount: "100.00", dueDate: $dueDate, daysValidAfterDueDate: 10
    debtor: { name: "Francisco da Silva", document: "123.456.789-09" }
    description: "Mensalidade"
    fine: { modality: PERCENTAGE, value: "2.00" }
    interest: { modality: PERCENT_PER_DAY_CALENDAR_DAYS, value: "1.00" }
    discount: { modality: FIXED_AMOUNT_UNTIL_DATES, fixedDates: [{ date: $dueDate, value: "5.00" }] }
  }) {
    dueDatePixCharge { id txid status dueDate amount { amount } fine { modality value } interest { modality value } brCode }
    userErrors { field code message }
  }
}
`;

const ADVANCE = `# Due date 2/4 (sandbox only). Move the sandbox calendar 3 days: the charge is now overdue.
mutation AdvanceClockPastDueDate {
  advanceSandboxClock(days: 3) { today userErrors { code message } }
}
`;

const PAY = `# Due date 3/4 (sandbox only). The API Pix simulator pays what is due today: 100.00 + 2.00 fine
# + 3.00 interest (3 days at 1 %) = 105.00. Without tab 2 it pays 95.00 (the discount). The
# Payment events panel then shows DUE_DATE_PIX_CHARGE_PAID.
mutation PayDueDateCharge($id: ID!) {
  simulateDueDatePixChargePayment(input: { id: $id }) {
    dueDatePixCharge { id status amountPaid { amount } }
    userErrors { field code message }
  }
}
`;

const READ = `# Due date 4/4. The charge as the PSP has it now, with each Pix received and its parts.
query ReadDueDateCharge($id: ID!) {
  node(id: $id) {
    ... on DueDatePixCharge {
      id status dueDate amount { amount } amountPaid { amount }
      payments { endToEndId paidAt amount { amount } original { amount } fine { amount } interest { amount } discount { amount } rebate { amount } }
    }
  }
}
`;

const CANCEL = `# Cancel an ACTIVE charge with a due date (its payer can no longer pay it).
mutation CancelDueDateCharge($id: ID!) {
  cancelDueDatePixCharge(input: { id: $id }) {
    dueDatePixCharge { id status }
    userErrors { field code message }
  }
}
`;

const LIST = `# Charges with a due date created in the last 30 days (the sandbox clock's), 10 at a time.
query ListDueDateCharges {
  dueDatePixCharges(first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id txid status dueDate amount { amount } amountPaid { amount } } }
  }
}
`;

const ID_VARIABLES = JSON.stringify({ id: '<dueDatePixCharge.id from DueDateCharge>' }, null, 2);

/**
 * Sandbox mode only, like the API Pix's other tabs: PIX_API is an optional provider, and a live
 * deployment without it would open on tabs that answer NOT_SUPPORTED. `today`: the due date the
 * create tab starts with (GraphiQL's tabs are made at start-up).
 */
export function dueDateChargeTabs(sandbox: boolean, today: string = brasiliaToday(new Date())): GraphiqlTab[] {
  if (!sandbox) return [];
  return [
    { name: 'DueDateCharge', query: CREATE, variables: JSON.stringify({ dueDate: today }, null, 2) },
    { name: 'AdvanceClockPastDueDate', query: ADVANCE },
    { name: 'PayDueDateCharge', query: PAY, variables: ID_VARIABLES },
    { name: 'ReadDueDateCharge', query: READ, variables: ID_VARIABLES },
    { name: 'CancelDueDateCharge', query: CANCEL, variables: ID_VARIABLES },
    { name: 'ListDueDateCharges', query: LIST },
  ];
}
