import { InvalidScalarInput } from '../../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkAmount, checkLength, type Validated } from '../input-checks';
import type { DebitAccountType, DebitAccountValue, PixKeyType } from './model';
import type { CreatePixPayoutBatchCommand, PixPayoutCommand, PixPayoutLimits } from './port';
import { checkPixKey } from './pix-key';

/** What createPixPayoutBatch receives after scalar coercion (amounts may be InvalidScalarInput markers). */
export interface PixPayoutArgs {
  paymentId: string;
  pixKey: { type: PixKeyType; value: string };
  amount: number | InvalidScalarInput;
  beneficiaryName: string;
  description?: string | null;
  scheduledDate?: string | null;
  reference?: string | null;
}

export interface CreatePixPayoutBatchArgs {
  debitAccount: { agency: string; account: string; accountDigit: string; accountType: DebitAccountType };
  payments: PixPayoutArgs[];
  reference?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DIGITS = /^[0-9]{1,20}$/;
const ACCOUNT_DIGIT = /^[0-9X]$/;

/**
 * Every rule Astra would enforce (ASM-A30), checked before any provider call: a payout batch is
 * all or nothing, so every problem of every payment is reported at once with its path
 * (["input","payments",412,"pixKey","value"]). `today` is the Brasília calendar date.
 */
export function validateCreatePixPayoutBatch(args: CreatePixPayoutBatchArgs, limits: PixPayoutLimits, today: string): Validated<Omit<CreatePixPayoutBatchCommand, 'batchId'>> {
  const errors: UserErrorShape[] = [];
  const debitAccount = checkDebitAccount(args.debitAccount, errors);
  checkLength(args.reference, limits.referenceMax, ['input', 'reference'], errors);
  if (args.payments.length < 1 || args.payments.length > limits.maxPayments) {
    errors.push(userError(['input', 'payments'], UserErrorCode.INVALID, `payments must hold 1 to ${limits.maxPayments} payments (got ${args.payments.length}).`));
  }
  const payments = args.payments.map((payment, index) => checkPayment(payment, ['input', 'payments', String(index)], limits, today, errors));
  checkUnique(args.payments, 'paymentId', errors);
  checkUnique(args.payments, 'reference', errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { debitAccount, payments: payments as PixPayoutCommand[], ...(args.reference != null ? { reference: args.reference } : {}) },
  };
}

function checkDebitAccount(account: CreatePixPayoutBatchArgs['debitAccount'], errors: UserErrorShape[]): DebitAccountValue {
  const at = (field: string) => ['input', 'debitAccount', field];
  if (!DIGITS.test(account.agency)) errors.push(userError(at('agency'), UserErrorCode.INVALID, 'agency must be 1 to 20 digits.'));
  if (!DIGITS.test(account.account)) errors.push(userError(at('account'), UserErrorCode.INVALID, 'account must be 1 to 20 digits (without its check digit).'));
  if (!ACCOUNT_DIGIT.test(account.accountDigit)) errors.push(userError(at('accountDigit'), UserErrorCode.INVALID, 'accountDigit must be one digit or X.'));
  return { agency: account.agency, account: account.account, accountDigit: account.accountDigit, accountType: account.accountType };
}

function checkPayment(payment: PixPayoutArgs, path: string[], limits: PixPayoutLimits, today: string, errors: UserErrorShape[]): PixPayoutCommand | undefined {
  const before = errors.length;
  requiredText(payment.paymentId, limits.idMax, [...path, 'paymentId'], errors);
  requiredText(payment.beneficiaryName, limits.beneficiaryNameMax, [...path, 'beneficiaryName'], errors);
  const key = checkPixKey(payment.pixKey.type, payment.pixKey.value, limits.emailMax);
  if (!key.ok) errors.push(userError([...path, 'pixKey', 'value'], UserErrorCode.INVALID, `value ${key.reason}.`));
  const amountCents = checkAmount(payment.amount, [...path, 'amount'], limits, errors);
  checkLength(payment.description, limits.descriptionMax, [...path, 'description'], errors);
  checkLength(payment.reference, limits.referenceMax, [...path, 'reference'], errors);
  checkScheduledDate(payment.scheduledDate, today, [...path, 'scheduledDate'], errors);
  if (errors.length > before || !key.ok || amountCents === undefined) return undefined;
  return {
    paymentId: payment.paymentId,
    pixKey: { type: payment.pixKey.type, value: key.value },
    amountCents,
    beneficiaryName: payment.beneficiaryName,
    ...(payment.description != null ? { description: payment.description } : {}),
    ...(payment.scheduledDate != null ? { scheduledDate: payment.scheduledDate } : {}),
    ...(payment.reference != null ? { reference: payment.reference } : {}),
  };
}

function requiredText(value: string, max: number, path: string[], errors: UserErrorShape[]): void {
  if (!value.trim()) errors.push(userError(path, UserErrorCode.REQUIRED, `${path.at(-1)} must not be empty.`));
  else checkLength(value, max, path, errors);
}

/** YYYY-MM-DD, a real calendar date, today or later in Brasília (ASM-A30). */
function checkScheduledDate(value: string | null | undefined, today: string, path: string[], errors: UserErrorShape[]): void {
  if (value == null) return;
  const match = DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    errors.push(userError(path, UserErrorCode.INVALID, 'scheduledDate must be a calendar date written YYYY-MM-DD.'));
  } else if (value < today) {
    errors.push(userError(path, UserErrorCode.INVALID, `scheduledDate must not be in the past (today in Brasília is ${today}).`));
  }
}

/** A repeated paymentId or reference: every repeat after the first is reported, pointing at its index. */
function checkUnique(payments: PixPayoutArgs[], field: 'paymentId' | 'reference', errors: UserErrorShape[]): void {
  const firstIndex = new Map<string, number>();
  payments.forEach((payment, index) => {
    const value = payment[field];
    if (value == null || value === '') return;
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else
      errors.push(
        userError(['input', 'payments', String(index), field], UserErrorCode.INVALID, `${field} repeats the one of payments[${first}]; each must be unique in the batch.`),
      );
  });
}
