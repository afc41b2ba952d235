import { InvalidScalarInput } from '../../lib/scalar-values';
import type { DocumentValue } from '../../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkAmount, checkLength, type Validated } from '../input-checks';
import type { CreatePixChargeCommand, PixChargeLimits } from './port';

/** What createPixCharge receives, after scalar coercion (amount/document may be InvalidScalarInput markers). */
export interface CreatePixChargeArgs {
  amount: number | InvalidScalarInput;
  expiresIn?: number | null;
  description?: string | null;
  reference?: string | null;
  debtor?: { name?: string | null; document: DocumentValue | InvalidScalarInput } | null;
  onlyDebtorMayPay?: boolean | null;
}

/**
 * Every rule the provider would enforce, checked before any provider call so bad input costs
 * nothing upstream and every problem is reported at once with its input path.
 */
export function validateCreatePixCharge(args: CreatePixChargeArgs, limits: PixChargeLimits): Validated<CreatePixChargeCommand> {
  const errors: UserErrorShape[] = [];
  const amountCents = checkAmount(args.amount, ['input', 'amount'], limits, errors);
  if (args.expiresIn != null && (args.expiresIn < limits.expiresInMin || args.expiresIn > limits.expiresInMax)) {
    errors.push(userError(['input', 'expiresIn'], UserErrorCode.INVALID, `expiresIn must be between ${limits.expiresInMin} and ${limits.expiresInMax} seconds.`));
  }
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  checkLength(args.reference, limits.referenceMax, ['input', 'reference'], errors);
  const debtor = checkDebtor(args, limits, errors);
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

function checkDebtor(args: CreatePixChargeArgs, limits: PixChargeLimits, errors: UserErrorShape[]): CreatePixChargeCommand['debtor'] {
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
  const before = errors.length;
  checkLength(debtor.name, limits.debtorNameMax, ['input', 'debtor', 'name'], errors);
  if (errors.length > before) return undefined;
  return { name: debtor.name, document: debtor.document };
}
