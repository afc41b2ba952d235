import type { SimRequestRecord } from '../../src/sandbox/shared/sim-counters';
import type { GraphQLResponse } from './paygraph';

/**
 * The in-flight window of idempotency keys in tests (docs/idempotency.md, "The in-flight window").
 * After an attempt whose outcome is unknown, a repeat of its key answers OUTCOME_PENDING and sends
 * nothing until the provider's completion horizon has passed (ASTRA_COMPLETION_HORIZON_MS, measured
 * from the attempt's start). Tests shorten the horizon so that "after the horizon" is seconds away.
 */

/** Environment of a Paygraph whose Astra window is `horizonMs` (it must outlast the deadline). */
export function shortWindowEnv(timeoutMs: number, deadlineMs: number, horizonMs: number): Record<string, string> {
  return { ASTRA_TIMEOUT_MS: String(timeoutMs), ASTRA_DEADLINE_MS: String(deadlineMs), ASTRA_COMPLETION_HORIZON_MS: String(horizonMs) };
}

/** Asserts the top-level OUTCOME_PENDING answer (no data) and returns its `retryAfterSeconds`. */
export function expectOutcomePending(response: GraphQLResponse): number {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const extensions = response.errors![0].extensions;
  expect(extensions).toMatchObject({ code: 'OUTCOME_PENDING', retryable: true, retryAfterSeconds: expect.any(Number) });
  const seconds = extensions!.retryAfterSeconds as number;
  expect(Number.isInteger(seconds) && seconds >= 1).toBe(true);
  return seconds;
}

/**
 * Waits as long as an OUTCOME_PENDING answer said. Its `retryAfterSeconds` counts from when the
 * server answered, which was before this is called: waiting that long from now lands past the
 * horizon. A lower-bound wait on purpose: the horizon is a span of time, the semantics under test.
 */
export async function waitRetryAfter(seconds: number): Promise<void> {
  // A few ms more: a timer may fire a millisecond before Date.now() has moved on that far.
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 25));
}

/** Requests to `route` the simulator logged from log position `from` on (answered ones and hangs). */
export function loggedSince(log: readonly SimRequestRecord[], from: number, route: string): SimRequestRecord[] {
  return log.slice(from).filter((entry) => entry.route === route);
}

/** Requests the simulator logged that arrived while `[fromMs, toMs]` (its log stamps the arrival). */
export function arrivedBetween(log: readonly SimRequestRecord[], fromMs: number, toMs: number): SimRequestRecord[] {
  return log.filter((entry) => entry.at >= fromMs && entry.at <= toMs);
}
