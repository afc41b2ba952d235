import { UNAVAILABLE, type SharedTokenSlot } from './shared-token-cache';
import type { SharedToken } from './token-crypto';

export interface SharedFlightOps {
  now(): number;
  /** Whether a token found in the shared copy may be served (fresh, and not one a 401 just refused). */
  usable(token: SharedToken): boolean;
  /** Fetches from the provider (counts as a token call). Its errors propagate and are never cached. */
  fetch(): Promise<SharedToken>;
}

/**
 * One process's token flight when instances share tokens: a usable shared copy is served; else the
 * caller that wins the refresh lock (SET NX PX) fetches and shares, and the others look at the
 * shared copy every `pollMs` (taking the lock themselves if it is released with nothing written,
 * e.g. the holder's fetch failed) for at most `waitMs`, then fetch for themselves. Any Redis
 * failure (UNAVAILABLE) → fetch for this process at once: the cache never fails a request.
 */
export async function obtainSharedToken(slot: SharedTokenSlot, ops: SharedFlightOps): Promise<SharedToken> {
  // Real time on purpose: the bound on waiting is about wall-clock latency, not token clocks.
  const giveUpAt = Date.now() + slot.waitMs;
  for (;;) {
    const cached = await slot.read();
    if (cached === UNAVAILABLE) return ops.fetch();
    if (cached && ops.usable(cached)) return cached;
    const owner = await slot.tryLock();
    if (owner === UNAVAILABLE) return ops.fetch();
    if (owner) return fetchUnderLock(slot, owner, ops);
    if (Date.now() >= giveUpAt) break;
    await new Promise((resolve) => setTimeout(resolve, slot.pollMs));
  }
  // The lock holder produced nothing in time (slow or stuck token endpoint): fetch ourselves, and share.
  const fresh = await ops.fetch();
  await slot.write(fresh, ops.now());
  return fresh;
}

async function fetchUnderLock(slot: SharedTokenSlot, owner: string, ops: SharedFlightOps): Promise<SharedToken> {
  try {
    // Another instance may have written between our read and our lock.
    const again = await slot.read();
    if (again !== UNAVAILABLE && again && ops.usable(again)) return again;
    const fresh = await ops.fetch();
    await slot.write(fresh, ops.now());
    return fresh;
  } finally {
    await slot.unlock(owner);
  }
}
