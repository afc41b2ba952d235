/** Sandbox cards of ASM-A51 and a valid expiry, for the card tests. */
export const CARDS = {
  approved: '4111111111111111',
  mastercard: '5555555555554444',
  declined: '4000000000000002',
  chargeback: '4000000000000259',
} as const;

export const CVV = '737';

export function card(number: string, overrides: Record<string, unknown> = {}) {
  return { number, holderName: 'JOAO SILVA', expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 4, ...overrides };
}

export function chargeInput(number: string, overrides: Record<string, unknown> = {}) {
  return { card: card(number), securityCode: CVV, amount: '150.00', ...overrides };
}

/** A valid createCardRecurrence input: monthly, 3 charges of R$ 49,90 (startDate is the caller's: the simulator's calendar). */
export function recurrenceInput(number: string, startDate: string, overrides: Record<string, unknown> = {}) {
  return {
    card: card(number),
    securityCode: CVV,
    amount: '49.90',
    frequency: 'MONTHLY',
    type: 'LIMITED_TIMES',
    count: 3,
    startDate,
    payer: { document: '123.456.789-09' },
    description: 'Gold plan',
    reference: `sub-${Math.random().toString(36).slice(2, 10)}`,
    ...overrides,
  };
}
