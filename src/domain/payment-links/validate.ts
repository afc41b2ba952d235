import { InvalidScalarInput } from '../../lib/scalar-values';
import type { DocumentValue } from '../../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkAmount, checkLength, type Validated } from '../input-checks';
import type { CreatePaymentLinkCommand, PaymentLinkLimits } from './port';

/** What createPaymentLink receives, after scalar coercion (amount/document may be InvalidScalarInput markers). */
export interface CreatePaymentLinkArgs {
  payer: { name: string; document: DocumentValue | InvalidScalarInput };
  amount: number | InvalidScalarInput;
  installments?: number | null;
  description?: string | null;
  reference?: string | null;
  expiresInDays?: number | null;
}

const NUMERIC_DOCUMENT = /^(\d{11}|\d{14})$/;

/** Every rule the provider would enforce (ASM-A26), checked before any call; all problems at once, with paths. */
export function validateCreatePaymentLink(args: CreatePaymentLinkArgs, limits: PaymentLinkLimits): Validated<CreatePaymentLinkCommand> {
  const errors: UserErrorShape[] = [];
  const payerName = checkPayerName(args.payer.name, limits, errors);
  const payerDocument = checkPayerDocument(args.payer.document, errors);
  const amountCents = checkAmount(args.amount, ['input', 'amount'], limits, errors);
  const installments = args.installments ?? 1;
  if (!Number.isInteger(installments) || installments < 1 || installments > limits.installmentsMax) {
    errors.push(userError(['input', 'installments'], UserErrorCode.INVALID, `installments must be between 1 and ${limits.installmentsMax}.`));
  }
  if (args.expiresInDays != null && (args.expiresInDays < 1 || args.expiresInDays > limits.expiresInDaysMax)) {
    errors.push(userError(['input', 'expiresInDays'], UserErrorCode.INVALID, `expiresInDays must be between 1 and ${limits.expiresInDaysMax}.`));
  }
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  checkLength(args.reference, limits.referenceMax, ['input', 'reference'], errors);
  if (errors.length > 0 || amountCents === undefined || !payerName || !payerDocument) return { ok: false, errors };
  return {
    ok: true,
    value: {
      payerName,
      payerDocument,
      amountCents,
      installments,
      ...(args.description != null ? { description: args.description } : {}),
      ...(args.reference != null ? { reference: args.reference } : {}),
      ...(args.expiresInDays != null ? { expiresInDays: args.expiresInDays } : {}),
    },
  };
}

function checkPayerName(name: string, limits: PaymentLinkLimits, errors: UserErrorShape[]): string | undefined {
  const field = ['input', 'payer', 'name'];
  if (!name.trim()) {
    errors.push(userError(field, UserErrorCode.REQUIRED, 'name is required.'));
    return undefined;
  }
  const before = errors.length;
  checkLength(name, limits.payerNameMax, field, errors);
  return errors.length === before ? name : undefined;
}

function checkPayerDocument(document: DocumentValue | InvalidScalarInput, errors: UserErrorShape[]): string | undefined {
  const field = ['input', 'payer', 'document'];
  if (document instanceof InvalidScalarInput) {
    errors.push(userError(field, UserErrorCode.INVALID, `document ${document.reason}`));
    return undefined;
  }
  // ASM-A26: registrationNumber is 11 or 14 digits; an alphanumeric CNPJ would be refused upstream.
  if (!NUMERIC_DOCUMENT.test(document.value)) {
    errors.push(userError(field, UserErrorCode.NOT_SUPPORTED, 'Payment links accept numeric CPF/CNPJ only.'));
    return undefined;
  }
  return document.value;
}
