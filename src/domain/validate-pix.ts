import { InvalidScalarInput } from '../schema/scalars/invalid-scalar-input';
import type { DocumentValue } from '../schema/scalars/cpf-cnpj.scalar';
import type { CreatePixChargeCommand, PixLimits } from './provider';
import { userError, UserErrorCode, type UserErrorShape } from './user-errors';
import { formatCents } from '../lib/money';

/** What createPixCharge receives, after scalar coercion (amount/document may be InvalidScalarInput markers). */
export interface CreatePixChargeArgs {
  amount: number | InvalidScalarInput;
  expiresIn?: number | null;
  description?: string | null;
  reference?: string | null;
  debtor?: { name?: string | null; document: DocumentValue | InvalidScalarInput } | null;
  onlyDebtorMayPay?: boolean | null;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: UserErrorShape[] };

/**
 * Every rule the provider would enforce, checked before any provider call so bad input costs
 * nothing upstream and every problem is reported at once with its input path.
 */
export function validateCreatePixCharge(args: CreatePixChargeArgs, limits: PixLimits): Validated<CreatePixChargeCommand> {
  const errors: UserErrorShape[] = [];
  const amountCents = checkAmount(args.amount, ['input', 'amount'], limits, errors);
  if (args.expiresIn != null && (args.expiresIn < limits.expiresInMin || args.expiresIn > limits.expiresInMax)) {
    errors.push(userError(['input', 'expiresIn'], UserErrorCode.INVALID, `expiresIn must be between ${limits.expiresInMin} and ${limits.expiresInMax} seconds.`));
  }
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  checkLength(args.reference, limits.referenceMax, ['input', 'reference'], errors);
  const debtor = checkDebtor(args, errors);
  if (errors.length > 0 || amountCents === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      amountCents,
      ...(args.expiresIn != null ? { expiresInSeconds: args.expiresIn } : {}),
      ...(args.description != null ? { description: args.description } : {}),
      ...(args.reference != null ? { reference: args.reference } : {}),
      ...(debtor ? { debtor } : {}),
      ...(args.onlyDebtorMayPay != null ? { onlyDebtorMayPay: args.onlyDebtorMayPay } : {}),
    },
  };
}

/** A positive amount within the provider's range; adds a user error and returns undefined otherwise. */
export function checkAmount(
  amount: number | InvalidScalarInput,
  field: string[],
  limits: Pick<PixLimits, 'minAmountCents' | 'maxAmountCents'>,
  errors: UserErrorShape[],
): number | undefined {
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

function checkDebtor(args: CreatePixChargeArgs, errors: UserErrorShape[]): CreatePixChargeCommand['debtor'] {
  const debtor = args.debtor;
  if (!debtor) {
    if (args.onlyDebtorMayPay) {
      errors.push(userError(['input', 'debtor'], UserErrorCode.REQUIRED, 'debtor is required when onlyDebtorMayPay is true.'));
    }
    return undefined;
  }
  if (debtor.document instanceof InvalidScalarInput) {
    errors.push(userError(['input', 'debtor', 'document'], UserErrorCode.INVALID, `document ${debtor.document.reason}`));
    return undefined;
  }
  // Astra requires a name with every debtor (ASM-A19).
  if (!debtor.name?.trim()) {
    errors.push(userError(['input', 'debtor', 'name'], UserErrorCode.REQUIRED, 'debtor.name is required when a debtor is given.'));
    return undefined;
  }
  if (hasForbiddenText(debtor.name)) {
    errors.push(userError(['input', 'debtor', 'name'], UserErrorCode.INVALID, 'name must not contain control or bidirectional-override characters.'));
    return undefined;
  }
  return { name: debtor.name, document: debtor.document };
}
