import { InvalidScalarInput } from '../lib/scalar-values';
import type { CardNumberInput, CardNumberValue, CardSecurityCodeInput, CardSecurityCodeValue } from '../lib/scalar-values';
import { expiryProblem } from '../lib/card-data';
import { userError, UserErrorCode, type UserErrorShape } from './user-errors';
import { checkLength } from './input-checks';

/**
 * The card a caller types in, checked the same way wherever one is taken (a charge, a saved card,
 * a recurrence): the families that take a card share these rules here instead of importing each
 * other's validation.
 */

/** The provider limits the card rules need. */
export interface CardInputLimits {
  holderNameMax: number;
  securityCodeDigits: number;
}

/** A card that passed every rule: what a port receives. */
export interface CardDetails {
  number: CardNumberValue;
  holderName: string;
  expiryMonth: number;
  expiryYear: number;
}

/** What the card input types hand over after scalar coercion (card scalars may be markers). */
export interface CardArgs {
  number: CardNumberInput;
  holderName: string;
  expiryMonth: number;
  expiryYear: number;
}

/**
 * Every rule Astra would enforce on a card (ASM-A44), checked before any provider call: the
 * messages name the field and the rule, never the value.
 */
export function checkCard(card: CardArgs, path: string[], limits: Pick<CardInputLimits, 'holderNameMax'>, now: Date, errors: UserErrorShape[]): CardDetails | undefined {
  const before = errors.length;
  const number = scalarValue<CardNumberValue>(card.number, [...path, 'number'], errors);
  if (!card.holderName.trim()) errors.push(userError([...path, 'holderName'], UserErrorCode.REQUIRED, 'holderName is required.'));
  else checkLength(card.holderName, limits.holderNameMax, [...path, 'holderName'], errors);
  const expiry = expiryProblem(card.expiryYear, card.expiryMonth, now);
  if (expiry) errors.push(userError([...path, expiry.startsWith('month') ? 'expiryMonth' : 'expiryYear'], UserErrorCode.INVALID, `expiry ${expiry}`));
  if (errors.length > before || !number) return undefined;
  return { number, holderName: card.holderName, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear };
}

/** The CVV at the provider's length (Astra: exactly 3 digits, ASM-A44). */
export function checkSecurityCode(
  code: CardSecurityCodeInput,
  path: string[],
  limits: Pick<CardInputLimits, 'securityCodeDigits'>,
  errors: UserErrorShape[],
): CardSecurityCodeValue | undefined {
  const value = scalarValue<CardSecurityCodeValue>(code, path, errors);
  if (value && value.length !== limits.securityCodeDigits) {
    errors.push(userError(path, UserErrorCode.INVALID, `securityCode must have exactly ${limits.securityCodeDigits} digits at this provider.`));
    return undefined;
  }
  return value;
}

function scalarValue<T>(value: T | InvalidScalarInput, path: string[], errors: UserErrorShape[]): T | undefined {
  if (value instanceof InvalidScalarInput) {
    errors.push(userError(path, UserErrorCode.INVALID, `${path.at(-1)} ${value.reason}`));
    return undefined;
  }
  return value;
}
