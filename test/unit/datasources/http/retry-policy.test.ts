import { backoffDelayMs, isRetryAllowed, isRetryableStatus, retryAfterDelayMs } from '../../../../src/datasources/http/retry-policy';

describe('retry policy', () => {
  it('retries idempotent methods; POST and PATCH only when declared idempotent', () => {
    for (const m of ['GET', 'HEAD', 'PUT', 'DELETE'] as const) expect(isRetryAllowed(m, undefined)).toBe(true);
    expect(isRetryAllowed('POST', undefined)).toBe(false);
    expect(isRetryAllowed('PATCH', undefined)).toBe(false);
    expect(isRetryAllowed('POST', true)).toBe(true);
    expect(isRetryAllowed('PUT', false)).toBe(false);
  });

  it('treats only 408, 429 and 5xx as retryable', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 410, 413, 422].some(isRetryableStatus)).toBe(false);
  });

  it('uses exponential backoff with full jitter under the cap', () => {
    expect(backoffDelayMs(0, 100, 1_000, () => 0.999)).toBe(99);
    expect(backoffDelayMs(3, 100, 1_000, () => 0.999)).toBe(799);
    expect(backoffDelayMs(10, 100, 1_000, () => 0.999)).toBe(999);
    expect(backoffDelayMs(10, 100, 1_000, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or an HTTP date, capped', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterDelayMs('2', 10_000, now)).toBe(2_000);
    expect(retryAfterDelayMs('0', 10_000, now)).toBe(0);
    expect(retryAfterDelayMs('120', 5_000, now)).toBe(5_000);
    expect(retryAfterDelayMs('Wed, 01 Jan 2025 00:00:03 GMT', 10_000, now)).toBe(3_000);
    expect(retryAfterDelayMs('Tue, 31 Dec 2024 23:00:00 GMT', 10_000, now)).toBe(0);
    expect(retryAfterDelayMs('soon', 10_000, now)).toBeUndefined();
    expect(retryAfterDelayMs(null, 10_000, now)).toBeUndefined();
  });
});
