/** Interval ±10 %: spreads many pollers (and lease retries) instead of probing in lockstep. */
export function healthyDelay(intervalMs: number, random: () => number): number {
  return Math.round(intervalMs * (0.9 + 0.2 * random()));
}

/**
 * Pause before the next probe: the healthy interval, or after `failures` consecutive failures an
 * exponential backoff with "equal jitter" (at least half the ceiling, so it never collapses to a
 * hammer), capped by `maxBackoffMs` (default 32 × interval, at most 5 minutes).
 */
export function nextPollDelay(intervalMs: number, failures: number, random: () => number, maxBackoffMs?: number): number {
  if (failures === 0) return healthyDelay(intervalMs, random);
  const cap = maxBackoffMs ?? Math.min(intervalMs * 32, 300_000);
  const ceiling = Math.min(cap, intervalMs * 2 ** failures);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
