import type { BeforeRequestHook } from 'ky';

/**
 * A ky `beforeRequest` hook that stops ky 1 from cloning every Request it sends.
 *
 * ky 1 (node_modules/ky/distribution/core/Ky.js, `#fetch`) clones the Request before each attempt
 * "to prepare in advance for retries", even with `retry: 0`; ky 2 skips the clone when the retry
 * limit is 0. Paygraph's ky instance always runs single attempts (`retry: 0`, provider-http.ts retries
 * in its own loop with a fresh ky call), so the clone is never used: it only costs a second Request,
 * Headers and AbortSignal per call (≈ 10 µs of CPU on Node 20, plus garbage; docs/performance.md,
 * "Round 3: levers"). Giving this one Request a `clone` that returns itself makes ky keep the
 * original, which is what ky 2 does. Only valid on an instance with `retry: 0`.
 */
export const skipRetryClone: BeforeRequestHook = (request) => {
  Object.defineProperty(request, 'clone', { value: returnThis });
};

function returnThis(this: Request): Request {
  return this;
}
