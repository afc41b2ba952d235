import { brandOf, expiryProblem, maskPan, panProblem, type CardBrandCode } from './card-numbers';
import type { JsonObject } from '../validation';

/** ASM-A51: what happens to a charge on a sandbox card, decided from the number. */
export type SandboxOutcome = 'APPROVE' | 'DECLINE' | 'CHARGEBACK_LATER';

export function sandboxOutcome(pan: string): SandboxOutcome {
  if (pan === '4000000000000002') return 'DECLINE';
  if (pan === '4000000000000259') return 'CHARGEBACK_LATER';
  return 'APPROVE';
}

/** What the simulator keeps of a card: never the PAN itself, not even here. */
export interface CardFacts {
  brand: CardBrandCode;
  masked: string;
  holderName: string;
  expirationDate: string;
  outcome: SandboxOutcome;
}

/**
 * ASM-A44 card fields → facts, or 400 messages. The messages name the field, never its value, as
 * a careful provider's would (Paygraph scrubs card data from 400 bodies anyway).
 */
export function readCard(body: JsonObject, problems: string[], now: Date): CardFacts | undefined {
  const before = problems.length;
  const pan = body.cardNumber;
  if (typeof pan !== 'string') problems.push('cardNumber is required and must be a string');
  else {
    const problem = /^\d+$/.test(pan) ? panProblem(pan) : 'must contain only digits';
    if (problem) problems.push(`cardNumber ${problem}`);
  }
  const name = body.nameCreditCard;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) problems.push('nameCreditCard is required (at most 100 characters)');
  const expiration = body.expirationDate;
  const match = typeof expiration === 'string' ? /^(\d{4})(\d{2})$/.exec(expiration) : null;
  if (!match) problems.push('expirationDate is required in yyyyMM format');
  else {
    const problem = expiryProblem(Number(match[1]), Number(match[2]), now);
    if (problem) problems.push(`expirationDate ${problem}`);
  }
  if (problems.length > before) return undefined;
  const digits = pan as string;
  return { brand: brandOf(digits), masked: maskPan(digits), holderName: name as string, expirationDate: expiration as string, outcome: sandboxOutcome(digits) };
}

/** ASM-A44: exactly 3 digits, as a string (the simulator also accepts a number, like the CODE sample). */
export function readCvv(body: JsonObject, required: boolean, problems: string[]): void {
  const value = typeof body.cvv === 'number' ? String(body.cvv) : body.cvv;
  if (value === undefined || value === null) {
    if (required) problems.push('cvv is required');
    return;
  }
  if (typeof value !== 'string' || !/^\d{3}$/.test(value)) problems.push('cvv must be exactly 3 digits');
}
