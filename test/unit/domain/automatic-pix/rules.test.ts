import {
  AutomaticPixAuthorizationStatus,
  AutomaticPixPaymentStatus,
  type AutomaticPixAuthorizationRecord,
  type AutomaticPixPaymentRecord,
} from '../../../../src/domain/automatic-pix/model';
import { lastRetryDate, paymentRuleErrors, remainingRetries, retryRuleErrors } from '../../../../src/domain/automatic-pix/rules';
import { brl } from '../../../../src/domain/models';

const NOW = new Date('2030-05-14T12:00:00-03:00');
const authorization = {
  status: AutomaticPixAuthorizationStatus.APPROVED,
  minAmount: brl(1000),
  maxAmount: brl(15000),
  startDate: '2030-05-15',
  retryAccepted: true,
} as AutomaticPixAuthorizationRecord;
const failed = { status: AutomaticPixPaymentStatus.FAILED, dueDate: '2030-05-11', retryCount: 0 } as AutomaticPixPaymentRecord;
const fields = (errors: { field: string[] | null; code: string }[]) => errors.map((e) => `${e.field?.join('.')}:${e.code}`);

describe('payment rules', () => {
  test('min and max are inclusive', () => {
    expect(paymentRuleErrors(authorization, 1000, '2030-05-15', NOW)).toEqual([]);
    expect(paymentRuleErrors(authorization, 15000, '2030-05-15', NOW)).toEqual([]);
    expect(fields(paymentRuleErrors(authorization, 999, '2030-05-15', NOW))).toEqual(['input.amount:INVALID']);
    expect(fields(paymentRuleErrors(authorization, 15001, '2030-05-15', NOW))).toEqual(['input.amount:INVALID']);
  });

  test('not APPROVED, and a due date before the start date, each with its own path', () => {
    const pending = { ...authorization, status: AutomaticPixAuthorizationStatus.PENDING };
    expect(fields(paymentRuleErrors(pending, 2000, '2030-05-15', NOW))).toEqual(['input.authorizationId:INVALID_STATE']);
    expect(fields(paymentRuleErrors({ ...authorization, startDate: '2030-05-16' }, 2000, '2030-05-15', NOW))).toEqual(['input.dueDate:INVALID']);
  });
});

describe('retry rules', () => {
  test('at most 3 retries: retryCount 2 → allowed, 3 → refused', () => {
    expect(retryRuleErrors({ ...failed, retryCount: 2 }, authorization, '2030-05-15', NOW)).toEqual([]);
    expect(fields(retryRuleErrors({ ...failed, retryCount: 3 }, authorization, '2030-05-15', NOW))).toEqual(['input.paymentId:INVALID_STATE']);
  });

  test('within 7 days of the due date: day 7 allowed, day 8 refused', () => {
    expect(lastRetryDate(failed)).toBe('2030-05-18');
    expect(retryRuleErrors(failed, authorization, '2030-05-18', NOW)).toEqual([]);
    expect(fields(retryRuleErrors(failed, authorization, '2030-05-19', NOW))).toEqual(['input.scheduledDate:INVALID']);
  });

  test('only FAILED payments of authorizations accepting retries', () => {
    expect(fields(retryRuleErrors({ ...failed, status: AutomaticPixPaymentStatus.PAID }, authorization, '2030-05-15', NOW))).toEqual(['input.paymentId:INVALID_STATE']);
    expect(fields(retryRuleErrors(failed, { retryAccepted: false }, '2030-05-15', NOW))).toEqual(['input.paymentId:INVALID_STATE']);
  });

  test('requested by 23:59 Brasília of the day before', () => {
    expect(retryRuleErrors(failed, authorization, '2030-05-15', new Date('2030-05-14T23:59:59-03:00'))).toEqual([]);
    expect(fields(retryRuleErrors(failed, authorization, '2030-05-15', new Date('2030-05-15T00:00:00-03:00')))).toEqual(['input.scheduledDate:INVALID']);
  });

  test('remaining retries', () => {
    expect(remainingRetries({ ...failed, retryCount: 1 }, authorization)).toBe(2);
    expect(remainingRetries({ ...failed, retryCount: 1 }, { retryAccepted: false })).toBe(0);
    expect(remainingRetries({ ...failed, status: AutomaticPixPaymentStatus.PAID }, authorization)).toBeNull();
    expect(remainingRetries({ ...failed, status: AutomaticPixPaymentStatus.CANCELLED }, { retryAccepted: false })).toBeNull();
  });
});
