import type { GraphiqlTab } from '../../graphiql/options';

/**
 * GraphiQL tabs walking the card flows (issue 14): an approved charge, a decline as data, a
 * chargeback arriving on the subscription, a saved card charged. Card numbers are the ASM-A51
 * sandbox cards; every mutation needs the `cards` scope when API keys are on. The recurrence
 * tabs follow (resolvers/card-recurrences/graphiql-tabs.ts).
 */

const CARD_APPROVED = `# A card charge (ASM-A51 sandbox card 4111… approves). Needs the \`cards\` scope.
# The answer shows the card masked (first 6 + last 4): Paygraph never returns, logs or keeps
# the number or the CVV.
mutation CardCharge {
  chargeCard(input: {
    card: { number: "4111111111111111", holderName: "JOAO SILVA", expiryMonth: 12, expiryYear: 2030 }
    securityCode: "123", amount: "150.00", installments: 3, reference: "order-12345"
  }) {
    cardTransaction { id status installments brand maskedNumber authorizationCode nsu returnCode capturedAt }
    userErrors { field code message }
  }
}
`;

const CARD_DECLINED = `# A decline is data, not an error: the DECLINED transaction plus a DECLINED user error
# with the return code (sandbox card 4000000000000002 always declines with 05).
mutation CardDecline {
  chargeCard(input: {
    card: { number: "4000000000000002", holderName: "JOAO SILVA", expiryMonth: 12, expiryYear: 2030 }
    securityCode: "123", amount: "150.00"
  }) {
    cardTransaction { id status returnCode returnMessage authorizationCode maskedNumber }
    userErrors { field code message }
  }
}
`;

const CARD_CHARGEBACK = `# Chargeback 1/2. Sandbox card 4000000000000259 is approved, then charged back by the
# cardholder a few seconds later: the Payment events panel shows CARD_CHARGEBACK. Copy
# cardTransaction.id into WatchCardTransaction's variables and run it quickly to see it live.
mutation CardChargeback {
  chargeCard(input: {
    card: { number: "4000000000000259", holderName: "JOAO SILVA", expiryMonth: 12, expiryYear: 2030 }
    securityCode: "123", amount: "80.00", reference: "order-disputed"
  }) {
    cardTransaction { id status maskedNumber }
    userErrors { field code message }
  }
}
`;

const WATCH_TRANSACTION = `# Chargeback 2/2. One card transaction over graphql-ws: first as it is now (APPROVED),
# then CHARGED_BACK when the chargeback arrives (confirmed with the provider first).
subscription WatchCardTransaction($id: ID!) {
  cardTransactionUpdated(id: $id) { id status amount { amount } cancelledAt }
}
`;

const SAVE_CARD = `# Saved card 1/2. Tokenize a card at the provider (no CVV is sent or kept). Copy
# savedCard.id into ChargeSavedCard's variables.
mutation SaveCard {
  saveCard(input: {
    card: { number: "5555555555554444", holderName: "JOAO SILVA", expiryMonth: 12, expiryYear: 2030 }
    holderDocument: "123.456.789-09", reference: "customer-42"
  }) {
    savedCard { id providerId brand maskedNumber expiryMonth expiryYear }
    userErrors { field code message }
  }
}
`;

const CHARGE_SAVED = `# Saved card 2/2. Charge the saved card by its id (the CVV is optional). Send the same
# idempotencyKey again: the first answer is replayed, the card is charged once.
mutation ChargeSavedCard($savedCardId: ID!) {
  chargeSavedCard(input: { savedCardId: $savedCardId, amount: "42.00", idempotencyKey: "order-42" }) {
    cardTransaction { id status maskedNumber savedCardToken amount { amount } }
    userErrors { field code message }
  }
}
`;

export function cardTabs(): GraphiqlTab[] {
  return [
    { name: 'CardCharge', query: CARD_APPROVED },
    { name: 'CardDecline', query: CARD_DECLINED },
    { name: 'CardChargeback', query: CARD_CHARGEBACK },
    { name: 'WatchCardTransaction', query: WATCH_TRANSACTION, variables: JSON.stringify({ id: '<cardTransaction.id from CardChargeback>' }, null, 2) },
    { name: 'SaveCard', query: SAVE_CARD },
    { name: 'ChargeSavedCard', query: CHARGE_SAVED, variables: JSON.stringify({ savedCardId: '<savedCard.id from SaveCard>' }, null, 2) },
  ];
}
