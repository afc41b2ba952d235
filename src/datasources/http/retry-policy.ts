/**
 * Pure retry rules for provider calls (idempotent methods and 408/429/5xx only, Retry-After capped). No I/O, no timers: provider-http.ts owns the loop.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RetrySettings {
  /** Retries after the first attempt (0 = no retry). */
  limit: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  retryAfterCapMs: number;
}

/**
 * Whether a call may be retried at all. GET, HEAD, PUT and DELETE are idempotent by HTTP semantics;
 * POST and PATCH only when the caller says the call is idempotent by construction (`idempotent: true`).
 * An explicit `idempotent: false` also switches retries off for a PUT/DELETE/GET whose provider
 * endpoint is not safe to repeat (e.g. Astra's PUT cancel/release actions, ASM-A05).
 */
export function isRetryAllowed(method: HttpMethod, idempotent: boolean | undefined): boolean {
  if (idempotent !== undefined) return idempotent;
  return method !== 'POST' && method !== 'PATCH';
}

/** 408, 429 and 5xx may succeed on a later attempt; every other status is an answer. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/**
 * Exponential backoff with full jitter: a uniform random delay in [0, min(cap, base · 2^retryIndex)).
 * `retryIndex` is 0 before the first retry.
 */
export function backoffDelayMs(retryIndex: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/**
 * Parses a `Retry-After` header (delta-seconds or an HTTP date) into milliseconds from `nowMs`,
 * capped at `capMs`. Returns undefined when the header is absent or unreadable (use backoff then).
 * A date in the past means "now" (0).
 */
export function retryAfterDelayMs(header: string | null | undefined, capMs: number, nowMs: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+(?:\.\d+)?$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
    ms = at - nowMs;
  }
  return Math.min(Math.max(ms, 0), capMs);
}
