import { InvalidScalarInput } from '../schema/scalars/invalid-scalar-input';
import { userError, UserErrorCode, type UserErrorShape } from './user-errors';
import { formatCents } from '../lib/money';

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

/**
 * Control characters (NUL, C0/C1) and bidirectional controls (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks) in free text: they reach the
 * provider and the payer's banking app, where an override can make text read differently from
 * what it is (issue 11). No legitimate description, reference or name needs them.
 */
const FORBIDDEN_TEXT = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function hasForbiddenText(value: string): boolean {
  return FORBIDDEN_TEXT.test(value);
}

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
