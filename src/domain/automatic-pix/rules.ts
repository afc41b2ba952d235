import { formatCents } from '../../lib/money';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { addDays, inTimeFor } from '../../lib/brasilia-calendar';
import { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus, type AutomaticPixAuthorizationRecord, type AutomaticPixPaymentRecord, type CalendarDate } from './model';

/** ASM-A42 (docs/providers.md): up to 3 retry attempts, within 7 days after the original date. */
export const MAX_RETRIES = 3;
export const RETRY_WINDOW_DAYS = 7;

/**
 * The rules Astra enforces on payments (ASM-A40), checked by Paygraph before the POST so a
 * refused payment costs no money-moving call and each problem has its own message and path.
 */
export function paymentRuleErrors(authorization: AutomaticPixAuthorizationRecord, amountCents: number, dueDate: CalendarDate, now: Date): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  if (authorization.status !== AutomaticPixAuthorizationStatus.APPROVED) {
    errors.push(
      userError(['input', 'authorizationId'], UserErrorCode.INVALID_STATE, `Payments can only be scheduled on an APPROVED authorization; this one is ${authorization.status}.`),
    );
  }
  const min = authorization.minAmount?.amount;
  const max = authorization.maxAmount?.amount;
  if (min !== undefined && amountCents < min) {
    errors.push(userError(['input', 'amount'], UserErrorCode.INVALID, `amount must be at least the authorization's minimum, ${formatCents(min)}.`));
  }
  if (max !== undefined && amountCents > max) {
    errors.push(userError(['input', 'amount'], UserErrorCode.INVALID, `amount must be at most the authorization's maximum, ${formatCents(max)}.`));
  }
  if (!inTimeFor(dueDate, now)) {
    errors.push(userError(['input', 'dueDate'], UserErrorCode.INVALID, 'dueDate must be tomorrow or later (Brasília): a debit must be requested by 23:59 of the day before.'));
  } else if (dueDate < authorization.startDate) {
    errors.push(userError(['input', 'dueDate'], UserErrorCode.INVALID, `dueDate must not be before the authorization's startDate, ${authorization.startDate}.`));
  }
  return errors;
}

/** The last date a retry of this payment may be scheduled for: due date + 7 days. */
export function lastRetryDate(payment: Pick<AutomaticPixPaymentRecord, 'dueDate'>): CalendarDate {
  return addDays(payment.dueDate, RETRY_WINDOW_DAYS);
}

/**
 * A PAID or CANCELLED payment is final: no retry can ever apply to it, so it has no "retries
 * left" (null), not zero (which would read as "it failed and used them all"). Its history is
 * `retryCount`.
 */
export function isFinalPayment(payment: Pick<AutomaticPixPaymentRecord, 'status'>): boolean {
  return payment.status === AutomaticPixPaymentStatus.PAID || payment.status === AutomaticPixPaymentStatus.CANCELLED;
}

/** Retries left: null once final (paid, cancelled); 0 when the authorization does not accept retries. */
export function remainingRetries(payment: AutomaticPixPaymentRecord, authorization: Pick<AutomaticPixAuthorizationRecord, 'retryAccepted'>): number | null {
  if (isFinalPayment(payment)) return null;
  if (!authorization.retryAccepted) return 0;
  return Math.max(0, MAX_RETRIES - payment.retryCount);
}

/** The date-only retry rule: checkable before reading anything from the provider. */
export function retryDateInTime(scheduledDate: CalendarDate, now: Date): UserErrorShape | null {
  if (inTimeFor(scheduledDate, now)) return null;
  return userError(
    ['input', 'scheduledDate'],
    UserErrorCode.INVALID,
    'scheduledDate must be tomorrow or later (Brasília): a retry must be requested before 23:59 of the day before it runs.',
  );
}

/** The retry rules of ASM-A42 (docs/providers.md), each with its own message and input path. */
export function retryRuleErrors(
  payment: AutomaticPixPaymentRecord,
  authorization: Pick<AutomaticPixAuthorizationRecord, 'retryAccepted'>,
  scheduledDate: CalendarDate,
  now: Date,
): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  if (payment.status !== AutomaticPixPaymentStatus.FAILED) {
    errors.push(userError(['input', 'paymentId'], UserErrorCode.INVALID_STATE, `Only a FAILED payment can be retried; this one is ${payment.status}.`));
  }
  if (!authorization.retryAccepted) {
    errors.push(userError(['input', 'paymentId'], UserErrorCode.INVALID_STATE, 'The authorization of this payment does not accept retries.'));
  }
  if (payment.retryCount >= MAX_RETRIES) {
    errors.push(
      userError(['input', 'paymentId'], UserErrorCode.INVALID_STATE, `This payment was already retried ${payment.retryCount} times; at most ${MAX_RETRIES} retries are allowed.`),
    );
  }
  const dateError = retryDateInTime(scheduledDate, now);
  if (dateError) errors.push(dateError);
  else if (scheduledDate > lastRetryDate(payment)) {
    errors.push(
      userError(
        ['input', 'scheduledDate'],
        UserErrorCode.INVALID,
        `scheduledDate must be within ${RETRY_WINDOW_DAYS} days of the due date, at the latest ${lastRetryDate(payment)}.`,
      ),
    );
  }
  return errors;
}
