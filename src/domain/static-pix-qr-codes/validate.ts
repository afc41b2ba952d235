import { formatCents } from '../../lib/money';
import { InvalidScalarInput } from '../../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import type { Validated } from '../input-checks';
import type { CreateStaticPixQrCodeCommand } from './model';
import type { StaticPixQrCodeLimits } from './port';

/** What createStaticPixQrCode receives, after scalar coercion (`amount` may be an InvalidScalarInput marker). */
export interface CreateStaticPixQrCodeArgs {
  amount?: number | InvalidScalarInput | null;
  description?: string | null;
  reference?: string | null;
}

export type ValidatedStaticQr = Validated<CreateStaticPixQrCodeCommand>;

const REFERENCE_CHARS = /^[A-Za-z0-9]+$/;
// Text in a BR Code is printable ASCII; accents are stripped when the code is written ("São" →
// "Sao"), anything else (emoji, control or bidi characters, issue 11) has no spelling in it.
const ACCENTS = /[\u0300-\u036f]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Every rule the provider would enforce, checked before any provider call: bad input costs
 * nothing upstream and every problem comes back at once with its input path.
 */
export function validateCreateStaticPixQrCode(args: CreateStaticPixQrCodeArgs, limits: StaticPixQrCodeLimits): ValidatedStaticQr {
  const errors: UserErrorShape[] = [];
  const amountCents = checkAmount(args.amount, limits, errors);
  checkDescription(args.description, limits.descriptionMax, errors);
  checkReference(args.reference, limits.referenceMax, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(amountCents !== undefined ? { amountCents } : {}),
      ...(args.description != null ? { description: args.description } : {}),
      ...(args.reference != null ? { reference: args.reference } : {}),
    },
  };
}

/** Optional: absent means the payer types the amount. */
function checkAmount(amount: CreateStaticPixQrCodeArgs['amount'], limits: StaticPixQrCodeLimits, errors: UserErrorShape[]): number | undefined {
  const field = ['input', 'amount'];
  if (amount == null) return undefined;
  if (amount instanceof InvalidScalarInput) {
    errors.push(userError(field, UserErrorCode.INVALID, `amount ${amount.reason}`));
  } else if (amount < limits.minAmountCents) {
    errors.push(userError(field, UserErrorCode.INVALID, `amount must be at least ${formatCents(limits.minAmountCents)}; leave it out to let the payer type the amount.`));
  } else if (amount > limits.maxAmountCents) {
    errors.push(userError(field, UserErrorCode.INVALID, `amount must be at most ${formatCents(limits.maxAmountCents)}.`));
  } else {
    return amount;
  }
  return undefined;
}

function checkDescription(description: string | null | undefined, max: number, errors: UserErrorShape[]): void {
  const field = ['input', 'description'];
  if (description == null) return;
  if (!PRINTABLE_ASCII.test(description.normalize('NFD').replace(ACCENTS, ''))) {
    errors.push(
      userError(
        field,
        UserErrorCode.INVALID,
        'description must be printable text (letters with accents are fine; no emoji, control or bidirectional characters): it is written into the BR Code.',
      ),
    );
  } else if (description.length > max) {
    errors.push(userError(field, UserErrorCode.INVALID, `description must be at most ${max} characters.`));
  }
}

function checkReference(reference: string | null | undefined, max: number, errors: UserErrorShape[]): void {
  if (reference == null) return;
  if (reference.length === 0 || reference.length > max || !REFERENCE_CHARS.test(reference)) {
    errors.push(userError(['input', 'reference'], UserErrorCode.INVALID, `reference must be 1-${max} letters or digits (A-Z, a-z, 0-9): it becomes the BR Code txid.`));
  }
}
