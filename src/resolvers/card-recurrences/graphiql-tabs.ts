import type { GraphiqlTab } from '../../graphiql/options';

/**
 * GraphiQL tabs: a card recurrence charged as the sandbox clock advances (issue 14; the ASM-A51
 * sandbox card 4111… approves). Needs the `cards` scope when API keys are on.
 */

const RECURRENCE = `# Recurrence 1/3. Charge a card every day, 3 times, from today (Brasília). Creation charges
# nothing: the first charge happens a few seconds later (CARD_RECURRING_CHARGED in the
# Payment events panel). Copy cardRecurrence.id into the next tabs' variables.
mutation CardRecurrence {
  createCardRecurrence(input: {
    card: { number: "4111111111111111", holderName: "JOAO SILVA", expiryMonth: 12, expiryYear: 2030 }
    securityCode: "123", amount: "9.90", frequency: DAILY, type: LIMITED_TIMES, count: 3
    payer: { document: "123.456.789-09" }, description: "Daily plan", idempotencyKey: "plan-2025-001"
  }) {
    cardRecurrence { id status frequency count executedCharges nextChargeDate amount { amount } maskedNumber }
    userErrors { field code message }
  }
}
`;

const ADVANCE = `# Recurrence 2/3 (sandbox only). Move the simulator's calendar one day: the next charge
# falls due and is made a few seconds later. Run it again for the third (then COMPLETED).
mutation AdvanceClockForCards {
  advanceSandboxClock(days: 1) { today userErrors { code message } }
}
`;

const READ_RECURRENCE = `# Recurrence 3/3. The recurrence as the provider has it now: each planned charge with the
# card transaction it made, and its latest charge attempt (each attempt, paid or declined, is a
# CARD_RECURRENCE_ATTEMPT event). cardRecurrenceUpdated(id:) streams the same after each attempt.
query ReadCardRecurrence($id: ID!) {
  node(id: $id) {
    ... on CardRecurrence {
      id status cancelReason executedCharges nextChargeDate
      latestAttempt { installmentNumber attemptNumber outcome final }
      schedules(first: 10) { edges { node { installmentNumber scheduledDate status attempts transaction { id status nsu } } } }
    }
  }
}
`;

export function cardRecurrenceTabs(sandbox: boolean): GraphiqlTab[] {
  return [
    { name: 'CardRecurrence', query: RECURRENCE },
    ...(sandbox ? [{ name: 'AdvanceClockForCards', query: ADVANCE }] : []),
    { name: 'ReadCardRecurrence', query: READ_RECURRENCE, variables: JSON.stringify({ id: '<cardRecurrence.id from CardRecurrence>' }, null, 2) },
  ];
}
