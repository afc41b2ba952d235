import { InvalidScalarInput } from '../../lib/scalar-values';
import type { CpfCnpjInput, DocumentValue } from '../../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkAmount, checkLength } from '../input-checks';
import type { CardLimits } from './port';

export interface ChargeArgs {
  amount: number | InvalidScalarInput;
  installments?: number | null;
  description?: string | null;
  reference?: string | null;
  payer?: { document: CpfCnpjInput } | null;
}

export interface ChargeCommonValues {
  amountCents: number;
  installments: number;
  description?: string;
  reference?: string;
  payerDocument?: DocumentValue;
}

export function checkChargeCommon(args: ChargeArgs, limits: CardLimits, errors: UserErrorShape[]): ChargeCommonValues | undefined {
  const amountCents = checkAmount(args.amount, ['input', 'amount'], limits, errors);
  const installments = args.installments ?? 1;
  if (!Number.isInteger(installments) || installments < 1 || installments > limits.maxInstallments) {
    errors.push(userError(['input', 'installments'], UserErrorCode.INVALID, `installments must be between 1 and ${limits.maxInstallments}.`));
  }
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  checkLength(args.reference, limits.referenceMax, ['input', 'reference'], errors);
  let payerDocument: DocumentValue | undefined;
  if (args.payer) {
    if (args.payer.document instanceof InvalidScalarInput) errors.push(userError(['input', 'payer', 'document'], UserErrorCode.INVALID, `document ${args.payer.document.reason}`));
    else payerDocument = args.payer.document;
  }
  if (amountCents === undefined) return undefined;
  return {
    amountCents,
    installments,
    ...(args.description != null ? { description: args.description } : {}),
    ...(args.reference != null ? { reference: args.reference } : {}),
    ...(payerDocument ? { payerDocument } : {}),
  };
}
