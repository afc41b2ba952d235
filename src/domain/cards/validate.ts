import { InvalidScalarInput } from '../../lib/scalar-values';
import type { CardNumberInput, CardSecurityCodeInput, CardNumberValue, CardSecurityCodeValue } from '../../lib/scalar-values';
import type { CpfCnpjInput, DocumentValue } from '../../lib/scalar-values';
import { expiryProblem } from '../../lib/card-data';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkAmount, checkLength } from '../input-checks';
import type { CardDetails, CardLimits } from './port';

/** What the card input types hand over after scalar coercion (card scalars may be markers). */
export interface CardArgs {
  number: CardNumberInput;
  holderName: string;
  expiryMonth: number;
  expiryYear: number;
}

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

/**
 * Every rule Astra would enforce on a card (ASM-A44), checked before any provider call: the
 * messages name the field and the rule, never the value.
 */
export function checkCard(card: CardArgs, path: string[], limits: Pick<CardLimits, 'holderNameMax'>, now: Date, errors: UserErrorShape[]): CardDetails | undefined {
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
  limits: Pick<CardLimits, 'securityCodeDigits'>,
  errors: UserErrorShape[],
): CardSecurityCodeValue | undefined {
  const value = scalarValue<CardSecurityCodeValue>(code, path, errors);
  if (value && value.length !== limits.securityCodeDigits) {
    errors.push(userError(path, UserErrorCode.INVALID, `securityCode must have exactly ${limits.securityCodeDigits} digits at this provider.`));
    return undefined;
  }
  return value;
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

function scalarValue<T>(value: T | InvalidScalarInput, path: string[], errors: UserErrorShape[]): T | undefined {
  if (value instanceof InvalidScalarInput) {
    errors.push(userError(path, UserErrorCode.INVALID, `${path.at(-1)} ${value.reason}`));
    return undefined;
  }
  return value;
}
