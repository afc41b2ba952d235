import { AUTHORIZATION_WATCH_DAYS, authorizationWatchUntil, paymentWatchUntil } from '../../../../src/domain/automatic-pix/watch-horizon';
import {
  AutomaticPixAuthorizationStatus as A,
  AutomaticPixPaymentStatus as P,
  type AutomaticPixAuthorizationRecord,
  type AutomaticPixPaymentRecord,
} from '../../../../src/domain/automatic-pix/model';

const NOW = new Date('2030-01-01T12:00:00Z');

const authorization = (status: A, updatedAt: Date | null = null) => ({ status, providerStatus: status, updatedAt, createdAt: null }) as unknown as AutomaticPixAuthorizationRecord;
const payment = (status: P, retryCount = 0, scheduledDate = '2030-01-10') =>
  ({ status, providerStatus: status, retryCount, dueDate: '2030-01-10', scheduledDate }) as unknown as AutomaticPixPaymentRecord;

test('an authorization is watched for a week after its last change, and not at all once final', () => {
  const approvedAt = new Date('2030-01-02T00:00:00Z');
  expect(authorizationWatchUntil(authorization(A.APPROVED, approvedAt), NOW)).toEqual(new Date(approvedAt.getTime() + AUTHORIZATION_WATCH_DAYS * 86_400_000));
  // No date from the provider: from now.
  expect(authorizationWatchUntil(authorization(A.PENDING), NOW)).toEqual(new Date(NOW.getTime() + AUTHORIZATION_WATCH_DAYS * 86_400_000));
  for (const status of [A.REJECTED, A.EXPIRED, A.CANCELLED]) expect(authorizationWatchUntil(authorization(status), NOW)).toBeNull();
});

test('a payment is watched until the day after its last possible retry date (or a later scheduled date)', () => {
  // Due 2030-01-10: retries up to 2030-01-17, so watched until 2030-01-19T00:00Z (the 18th is over everywhere).
  expect(paymentWatchUntil(payment(P.SCHEDULED))).toEqual(new Date('2030-01-19T00:00:00Z'));
  expect(paymentWatchUntil(payment(P.FAILED, 1))).toEqual(new Date('2030-01-19T00:00:00Z'));
  expect(paymentWatchUntil(payment(P.SCHEDULED, 0, '2030-02-01'))).toEqual(new Date('2030-02-03T00:00:00Z'));
  expect(paymentWatchUntil(payment(P.PAID))).toBeNull();
  expect(paymentWatchUntil(payment(P.CANCELLED))).toBeNull();
  // Failed with no retry left: final.
  expect(paymentWatchUntil(payment(P.FAILED, 3))).toBeNull();
});
