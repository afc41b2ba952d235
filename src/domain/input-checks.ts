import { InvalidScalarInput } from '../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from './user-errors';
import { formatCents } from '../lib/money';
import { hasForbiddenText } from './text-policy';

/** Checks shared by every family's validation: amounts, free text. Each adds user errors with input paths. */

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: UserErrorShape[] };

export interface AmountRange {
  minAmountCents: number;
  maxAmountCents: number;
}

/** A positive amount within the provider's range; adds a user error and returns undefined otherwise. */
export function checkAmount(amount: number | InvalidScalarInput, field: string[], limits: AmountRange, errors: UserErrorShape[]): number | undefined {
  if (amount instanceof InvalidScalarInput) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} ${amount.reason}`));
    return undefined;
  }
  if (amount < limits.minAmountCents) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} must be at least ${formatCents(limits.minAmountCents)}.`));
    return undefined;
  }
  if (amount > limits.maxAmountCents) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} must be at most ${formatCents(limits.maxAmountCents)}.`));
    return undefined;
  }
  return amount;
}

// One definition of forbidden characters for the whole API: the text policy's (text-policy.ts).
export { hasForbiddenText } from './text-policy';

/** A free-text input: no control or bidi-control characters, at most `max` characters. */
export function checkLength(value: string | null | undefined, max: number, field: string[], errors: UserErrorShape[]): void {
  if (value != null && hasForbiddenText(value)) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} must not contain control or bidirectional-override characters.`));
    return;
  }
  if (value != null && [...value].length > max) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} must be at most ${max} characters.`));
  }
}
