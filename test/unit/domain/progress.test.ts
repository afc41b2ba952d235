import { authorizationMovedOn, authorizationState, paymentMovedOn, paymentState, TERMINAL_AUTHORIZATION, TERMINAL_PAYMENT } from '../../../src/domain/automatic-pix/progress';
import {
  AutomaticPixAuthorizationStatus as A,
  AutomaticPixPaymentStatus as P,
  type AutomaticPixAuthorizationRecord,
  type AutomaticPixPaymentRecord,
} from '../../../src/domain/automatic-pix/model';
import { cardTransactionMovedOn } from '../../../src/domain/cards/progress';
import { CardTransactionStatus as C, type CardTransactionRecord } from '../../../src/domain/cards/model';
import { paymentLinkMovedOn } from '../../../src/domain/payment-links/progress';
import { PaymentLinkStatus as L, type PaymentLinkRecord } from '../../../src/domain/payment-links/model';
import { pixPayoutBatchMovedOn } from '../../../src/domain/pix-payouts/progress';
import { PixPayoutBatchStatus as B, type PixPayoutBatchRecord } from '../../../src/domain/pix-payouts/model';
import { pendingCents, refundsOfAttempts } from '../../../src/domain/refunds/reconcile';
import { RefundStatus, type PixRefundRecord } from '../../../src/domain/refunds/model';

// What a subscriber is sent: only a later state, never a duplicate or a step back (resolvers/current-then-changes.ts).

describe('Automatic Pix authorizations', () => {
  const auth = (status: A, providerStatus: string = status) => ({ status, providerStatus }) as AutomaticPixAuthorizationRecord;
  test.each([
    ['PENDING → APPROVED', auth(A.APPROVED), auth(A.PENDING), true],
    ['APPROVED → CANCELLED', auth(A.CANCELLED), auth(A.APPROVED), true],
    ['PENDING → REJECTED', auth(A.REJECTED), auth(A.PENDING), true],
    ['the same status again', auth(A.APPROVED), auth(A.APPROVED), false],
    ['APPROVED after CANCELLED (a step back)', auth(A.APPROVED), auth(A.CANCELLED), false],
    ['REJECTED vs EXPIRED (same rank)', auth(A.EXPIRED), auth(A.REJECTED), false],
    ['an unknown status that differs', auth(A.UNKNOWN, 'SUSPENDED'), auth(A.APPROVED), true],
    ['from an unknown status to a known one', auth(A.APPROVED), auth(A.UNKNOWN, 'SUSPENDED'), true],
    ['the same unknown status', auth(A.UNKNOWN, 'SUSPENDED'), auth(A.UNKNOWN, 'SUSPENDED'), false],
  ] as const)('%s', (_name, candidate, last, expected) => expect(authorizationMovedOn(candidate, last)).toBe(expected));

  test('terminal statuses and the poller state', () => {
    expect([...TERMINAL_AUTHORIZATION].sort()).toEqual([A.CANCELLED, A.EXPIRED, A.REJECTED]);
    expect(authorizationState(auth(A.APPROVED, 'APROVADA'))).toBe('APROVADA');
    expect(authorizationState({ status: A.PENDING } as AutomaticPixAuthorizationRecord)).toBe('PENDING');
  });
});

describe('Automatic Pix payments', () => {
  const pay = (status: P, retryCount = 0, providerStatus: string = status) => ({ status, retryCount, providerStatus }) as AutomaticPixPaymentRecord;
  test.each([
    ['SCHEDULED → FAILED', pay(P.FAILED), pay(P.SCHEDULED), true],
    ['FAILED → PAID', pay(P.PAID), pay(P.FAILED), true],
    ['a retry starts the next attempt (SCHEDULED again)', pay(P.SCHEDULED, 1), pay(P.FAILED, 0), true],
    ['an older attempt re-fetched late', pay(P.FAILED, 0), pay(P.SCHEDULED, 1), false],
    ['the same status and attempt', pay(P.FAILED, 1), pay(P.FAILED, 1), false],
    ['SCHEDULED after FAILED in one attempt (a step back)', pay(P.SCHEDULED, 1), pay(P.FAILED, 1), false],
    ['an unknown status that differs', pay(P.UNKNOWN, 0, 'EM_ANALISE'), pay(P.SCHEDULED), true],
    ['the same unknown status', pay(P.UNKNOWN, 0, 'EM_ANALISE'), pay(P.UNKNOWN, 0, 'EM_ANALISE'), false],
  ] as const)('%s', (_name, candidate, last, expected) => expect(paymentMovedOn(candidate, last)).toBe(expected));

  test('terminal statuses and the poller state (attempt and status)', () => {
    expect([...TERMINAL_PAYMENT].sort()).toEqual([P.CANCELLED, P.PAID]);
    expect(paymentState(pay(P.FAILED, 2, 'FALHOU'))).toBe('2:FALHOU');
    expect(paymentState({ status: P.SCHEDULED, retryCount: 0 } as AutomaticPixPaymentRecord)).toBe('0:SCHEDULED');
  });
});

describe('card transactions', () => {
  const tx = (status: C, providerStatus: string = status) => ({ status, providerStatus }) as CardTransactionRecord;
  test.each([
    ['APPROVED → CHARGED_BACK', tx(C.CHARGED_BACK), tx(C.APPROVED), true],
    ['APPROVED → CANCELLED', tx(C.CANCELLED), tx(C.APPROVED), true],
    ['the same status', tx(C.APPROVED), tx(C.APPROVED), false],
    ['APPROVED after CANCELLED (a step back)', tx(C.APPROVED), tx(C.CANCELLED), false],
    ['CANCELLED vs CHARGED_BACK (same rank)', tx(C.CHARGED_BACK), tx(C.CANCELLED), false],
    ['an unknown status that differs', tx(C.UNKNOWN, 'PENDING'), tx(C.APPROVED), true],
    ['the same unknown status', tx(C.UNKNOWN, 'PENDING'), tx(C.UNKNOWN, 'PENDING'), false],
  ] as const)('%s', (_name, candidate, last, expected) => expect(cardTransactionMovedOn(candidate, last)).toBe(expected));
});

describe('payment links', () => {
  const link = (status: L, providerStatus: string = status) => ({ status, providerStatus }) as PaymentLinkRecord;
  test.each([
    ['CREATED → PAID', link(L.PAID), link(L.CREATED), true],
    ['CREATED → EXPIRED', link(L.EXPIRED), link(L.CREATED), true],
    ['CREATED again', link(L.CREATED), link(L.CREATED), false],
    ['PAID → EXPIRED (both final)', link(L.EXPIRED), link(L.PAID), false],
    ['an unknown status with a new raw value', link(L.UNKNOWN, '9'), link(L.UNKNOWN, '8'), true],
    ['into an unknown status', link(L.UNKNOWN, '9'), link(L.CREATED, '1'), true],
    ['the same unknown status', link(L.UNKNOWN, '9'), link(L.UNKNOWN, '9'), false],
  ] as const)('%s', (_name, candidate, last, expected) => expect(paymentLinkMovedOn(candidate, last)).toBe(expected));
});

describe('Pix payout batches', () => {
  const batch = (status: B, paidCount = 0, providerStatus: string = status) => ({ status, paidCount, providerStatus }) as PixPayoutBatchRecord;
  test.each([
    ['CREATED → PROCESSING', batch(B.PROCESSING), batch(B.CREATED), true],
    ['PROCESSING → PARTIALLY_COMPLETED', batch(B.PARTIALLY_COMPLETED, 9), batch(B.PROCESSING, 9), true],
    ['more payments paid while PROCESSING', batch(B.PROCESSING, 5), batch(B.PROCESSING, 4), true],
    ['the same status and count', batch(B.PROCESSING, 5), batch(B.PROCESSING, 5), false],
    ['fewer paid (an older read)', batch(B.PROCESSING, 4), batch(B.PROCESSING, 5), false],
    ['PROCESSING after COMPLETED (a step back, even with more paid)', batch(B.PROCESSING, 10), batch(B.COMPLETED, 9), false],
    ['an unknown status with a new raw value', batch(B.UNKNOWN, 0, 'X'), batch(B.UNKNOWN, 0, 'Y'), true],
    ['an unknown status with more paid', batch(B.UNKNOWN, 2, 'X'), batch(B.UNKNOWN, 1, 'X'), true],
    ['the same unknown state', batch(B.UNKNOWN, 1, 'X'), batch(B.UNKNOWN, 1, 'X'), false],
  ] as const)('%s', (_name, candidate, last, expected) => expect(pixPayoutBatchMovedOn(candidate, last)).toBe(expected));
});

describe('refund reconciliation', () => {
  const refund = (id: string, marker: string | undefined, status: RefundStatus, cents: number, createdAt?: string) =>
    ({ refundId: id, attemptMarker: marker, status, amount: { amount: cents }, createdAt: createdAt ? new Date(createdAt) : null }) as unknown as PixRefundRecord;
  const attempts = [{ id: 'm1' }, { id: 'm2' }] as never;

  test("only refunds carrying one of this key's markers, oldest first; a FAILED one counts", () => {
    const refunds = [
      refund('r3', 'm2', RefundStatus.FAILED, 100, '2030-05-14T10:02:00Z'),
      refund('r1', 'other', RefundStatus.REFUNDED, 100, '2030-05-14T10:00:00Z'),
      refund('r2', 'm1', RefundStatus.REFUNDED, 100, '2030-05-14T10:01:00Z'),
      refund('r4', undefined, RefundStatus.REFUNDED, 100, '2030-05-14T09:00:00Z'),
    ];
    expect(refundsOfAttempts(refunds, attempts).map((r) => r.refundId)).toEqual(['r2', 'r3']);
    expect(refundsOfAttempts(refunds, [])).toEqual([]);
  });

  test('a refund without a creation time sorts first', () => {
    const refunds = [refund('late', 'm1', RefundStatus.REFUNDED, 1, '2030-05-14T10:00:00Z'), refund('undated', 'm2', RefundStatus.REFUNDED, 1)];
    expect(refundsOfAttempts(refunds, attempts).map((r) => r.refundId)).toEqual(['undated', 'late']);
  });

  test('pendingCents sums only PROCESSING refunds', () => {
    const refunds = [
      refund('a', undefined, RefundStatus.PROCESSING, 150),
      refund('b', undefined, RefundStatus.REFUNDED, 1000),
      refund('c', undefined, RefundStatus.PROCESSING, 25),
    ];
    expect(pendingCents(refunds)).toBe(175);
    expect(pendingCents([])).toBe(0);
  });
});
