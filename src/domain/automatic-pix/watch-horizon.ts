import { addDays } from '../../lib/brasilia-calendar';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from './model';
import { authorizationIsFinal, paymentIsFinal } from './progress';
import { lastRetryDate } from './rules';

/**
 * How long Paygraph watches a not-final object in the background (events/background-watch.ts),
 * so `paymentEvents` gets its changes with no subscriber on it. Astra sends no webhook for
 * Automatic Pix (ASM-A12) and an APPROVED authorization is never final, so a bound is needed or
 * every authorization would be polled for ever.
 */

/** An authorization is watched for a week after its last change (approval, or creation while PENDING). */
export const AUTHORIZATION_WATCH_DAYS = 7;
const DAY_MS = 86_400_000;

/** Until when to watch `authorization`; null when it is final (nothing more will happen to it). */
export function authorizationWatchUntil(authorization: AutomaticPixAuthorizationRecord, now: Date): Date | null {
  if (authorizationIsFinal(authorization)) return null;
  const lastChange = authorization.updatedAt ?? authorization.createdAt ?? now;
  return new Date(lastChange.getTime() + AUTHORIZATION_WATCH_DAYS * DAY_MS);
}

/**
 * Until when to watch `payment`; null when final. A payment settles on its scheduled date, and a
 * failed one may be retried up to its last retry date: watched until the day after the later of
 * the two is over (in every time zone: UTC midnight two days later).
 */
export function paymentWatchUntil(payment: AutomaticPixPaymentRecord): Date | null {
  if (paymentIsFinal(payment)) return null;
  const lastDay = [payment.scheduledDate, lastRetryDate(payment)].sort().at(-1)!;
  return new Date(`${addDays(lastDay, 2)}T00:00:00Z`);
}
