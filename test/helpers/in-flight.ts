import type { AstraSimulator } from '@paygraph/sandbox/astra';
import type { SimRequestRecord } from '@paygraph/sandbox/shared';
import { eventually, type GraphQLResponse } from './paygraph';

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

/** What the simulator and the caller saw when a slow first write was repeated at once. */
export interface SlowFirstWrite {
  first: GraphQLResponse;
  /** The repeat sent as soon as the first answer came back. */
  repeat: GraphQLResponse;
  /** Requests of any route that arrived at the simulator while the repeat ran. */
  callsDuringRepeat: SimRequestRecord[];
  /** Every request to the write route since the first was sent, its late answer included. */
  writes: SimRequestRecord[];
  /** The first attempt's x-transaction-id, from its PROVIDER_UNAVAILABLE answer. */
  firstTransactionId: string | undefined;
}

/**
 * The reported shape of case 1 (issue 23): the provider takes `latencyMs` on `route`, longer than
 * Paygraph's timeout, but does the work; the caller repeats the request as soon as the first answer
 * (PROVIDER_UNAVAILABLE) is back. The report set the latency back to 0 100 ms in; the simulator
 * fixes a request's latency when it arrives, so resetting it when the first answer is back changes
 * nothing for that request and is sure to precede the repeat (no sleep). Resolves once the first
 * attempt's late request has been answered by the simulator, so `writes` is complete; asserts
 * nothing, so a run on code without the window can print what happened.
 */
export async function slowFirstWriteRepeatedAtOnce(sim: AstraSimulator, route: string, latencyMs: number, send: () => Promise<GraphQLResponse>): Promise<SlowFirstWrite> {
  const logStart = sim.counters.log.length;
  sim.faults.set({ latencyMs, routeFilter: route });
  const first = await send();
  sim.faults.reset();
  const repeatSent = Date.now();
  const repeat = await send();
  const repeatAnswered = Date.now();
  const firstTransactionId = first.errors?.[0]?.extensions?.upstreamTransactionId as string | undefined;
  // The simulator logs a request when it answers: wait for the first attempt's late answer.
  await eventually(async () => loggedSince(sim.counters.log, logStart, route).some((entry) => entry.transactionId === firstTransactionId), 4 * latencyMs);
  return {
    first,
    repeat,
    callsDuringRepeat: arrivedBetween(sim.counters.log.slice(logStart), repeatSent, repeatAnswered),
    writes: loggedSince(sim.counters.log, logStart, route),
    firstTransactionId,
  };
}

/** The code a response answers with: a top-level error's, else the first user error's, else 'OK'. */
/**
 * The window held: the first attempt got PROVIDER_UNAVAILABLE, the repeat OUTCOME_PENDING with no
 * provider call while it ran, and the provider logged exactly one write, the first attempt's.
 * Returns the repeat's retryAfterSeconds.
 */
export function expectWindowHeld(seen: SlowFirstWrite): number {
  expect(seen.first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
  const retryAfter = expectOutcomePending(seen.repeat);
  expect(seen.callsDuringRepeat).toEqual([]);
  expect(seen.writes.map((entry) => entry.transactionId)).toEqual([seen.firstTransactionId]);
  return retryAfter;
}

export function answerCode(response: GraphQLResponse, mutation: string): string {
  return response.errors?.[0]?.extensions?.code ?? response.data?.[mutation]?.userErrors?.[0]?.code ?? 'OK';
}
