import { OutcomePendingError, ProviderAuthError, ProviderCallBudgetExhaustedError, ProviderUnavailableError } from '../../errors/domain-errors';
import { providerInfo, type ProviderCode } from '../../providers';
import type { AttemptMarker } from './record';

/**
 * The in-flight window (docs/idempotency.md). An attempt whose outcome is unknown because Paygraph
 * stopped waiting (timeout, 5xx, lost connection) may still be completing at the provider. Until
 * its completion horizon has passed, measured from the attempt's start, a look for its marker can
 * find nothing although it will succeed a moment later; a new write then would move money twice.
 */
export interface InFlight {
  attempt: AttemptMarker;
  /** When the provider can no longer complete it (epoch ms). */
  settledAt: number;
}

/** The newest earlier attempt that may still complete, or undefined when all are past the horizon. */
export function inFlightAttempt(previous: AttemptMarker[], horizonMs: number, now: number): InFlight | undefined {
  if (horizonMs <= 0 || previous.length === 0) return undefined;
  const newest = previous.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
  const settledAt = newest.startedAt + horizonMs;
  return settledAt > now ? { attempt: newest, settledAt } : undefined;
}

export function outcomePending(inFlight: InFlight, provider: ProviderCode, now = Date.now()): OutcomePendingError {
  const seconds = Math.max(1, Math.ceil((inFlight.settledAt - now) / 1000));
  return new OutcomePendingError(
    `An earlier attempt with this idempotencyKey (started ${new Date(inFlight.attempt.startedAt).toISOString()}) got no answer from ${providerInfo(provider).displayName} ` +
      `and may still complete there, so nothing was sent this time. Send the same request again in ${seconds} s to get its outcome.`,
    seconds,
    { provider },
  );
}

/**
 * Errors that prove the provider did not act, whatever the mutation: its credentials were refused
 * (a 401 is never processed), or the request never left (connection refused, DNS or TLS failure,
 * no access token, no provider call left in the operation's budget). Such an attempt leaves the
 * key as it was: usable, not "outcome unknown".
 */
export function provedNotExecuted(error: unknown): boolean {
  if (error instanceof ProviderAuthError) return true;
  return (error instanceof ProviderUnavailableError || error instanceof ProviderCallBudgetExhaustedError) && !error.requestSent;
}
