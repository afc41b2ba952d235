import { AutomaticPixAuthorizationStatus as A, AutomaticPixPaymentStatus as P, type AutomaticPixAuthorizationRecord, type AutomaticPixPaymentRecord } from './model';
import { MAX_RETRIES } from './rules';

/**
 * How far along its life an object is, so a subscriber never gets a duplicate or a step back
 * (resolvers/current-then-changes.ts). Authorizations: PENDING → APPROVED → CANCELLED, or PENDING →
 * REJECTED/EXPIRED. Payments: each attempt (retryCount) goes SCHEDULED → PAID/FAILED, and a retry
 * starts the next attempt, so (retryCount, rank) orders two snapshots.
 */
const AUTH_RANK: Record<A, number> = { [A.PENDING]: 0, [A.APPROVED]: 1, [A.REJECTED]: 2, [A.EXPIRED]: 2, [A.CANCELLED]: 2, [A.UNKNOWN]: -1 };
const PAY_RANK: Record<P, number> = { [P.SCHEDULED]: 0, [P.FAILED]: 1, [P.PAID]: 2, [P.CANCELLED]: 2, [P.UNKNOWN]: -1 };

export const TERMINAL_AUTHORIZATION = new Set<A>([A.REJECTED, A.EXPIRED, A.CANCELLED]);
export const TERMINAL_PAYMENT = new Set<P>([P.PAID, P.CANCELLED]);

/** A status Paygraph cannot rank (UNKNOWN): any visible difference counts as news. */
export function authorizationMovedOn(candidate: AutomaticPixAuthorizationRecord, last: AutomaticPixAuthorizationRecord): boolean {
  if (candidate.status === A.UNKNOWN || last.status === A.UNKNOWN) return candidate.providerStatus !== last.providerStatus;
  return AUTH_RANK[candidate.status] > AUTH_RANK[last.status];
}

export function paymentMovedOn(candidate: AutomaticPixPaymentRecord, last: AutomaticPixPaymentRecord): boolean {
  if (candidate.retryCount !== last.retryCount) return candidate.retryCount > last.retryCount;
  if (candidate.status === P.UNKNOWN || last.status === P.UNKNOWN) return candidate.providerStatus !== last.providerStatus;
  return PAY_RANK[candidate.status] > PAY_RANK[last.status];
}

/** The poller's view of an object: what must differ for a new event. */
export const authorizationState = (a: AutomaticPixAuthorizationRecord): string => a.providerStatus ?? a.status;
export const paymentState = (p: AutomaticPixPaymentRecord): string => `${p.retryCount}:${p.providerStatus ?? p.status}`;

/** Nothing more will happen to it: rejected, expired or cancelled. */
export function authorizationIsFinal(authorization: AutomaticPixAuthorizationRecord): boolean {
  return TERMINAL_AUTHORIZATION.has(authorization.status);
}

/** Paid or cancelled; or failed with no retry left (a retry would need a 4th attempt). */
export function paymentIsFinal(payment: AutomaticPixPaymentRecord): boolean {
  return TERMINAL_PAYMENT.has(payment.status) || (payment.status === P.FAILED && payment.retryCount >= MAX_RETRIES);
}
