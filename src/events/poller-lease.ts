import { guardState, type Redis } from '../state/redis';

/**
 * Ownership of a subject's poller across instances (issue 9: 50 subscribers on two instances make
 * one poller). The owner probes and publishes on the shared event bus; the other instances' watchers
 * receive from the bus and keep trying the lease, so one of them takes over when the owner stops
 * (it releases) or dies (the lease expires).
 */
export interface PollerLeases {
  /**
   * Acquire (when free) or renew (when `owner` holds it) for `ttlMs`; true when `owner` holds it now.
   * `quiet`: the holder polls at the background pace (no live watcher of its own). A live (not
   * quiet) request takes a quiet holder's lease over, so a subscriber on any instance gets the
   * normal pace; the quiet holder finds it gone at its next renewal and stops probing.
   */
  hold(subject: string, owner: string, ttlMs: number, quiet?: boolean): Promise<boolean>;
  /** Gives the lease up if `owner` still holds it (never someone else's). */
  release(subject: string, owner: string): Promise<void>;
}

// The value is the owner's id, with QUIET_MARK when it polls at the background pace. A free lease is
// taken; the owner's own is renewed (marked or not as it says now); a quiet owner's is taken over by
// a live request; anyone else's is left alone. Atomic.
const QUIET_MARK = ':quiet';
const HOLD = `
local current = redis.call('get', KEYS[1])
local mine = ARGV[1] .. ARGV[3]
if (not current) or current == ARGV[1] or current == ARGV[1] .. '${QUIET_MARK}'
  or (ARGV[3] == '' and string.sub(current, -${QUIET_MARK.length}) == '${QUIET_MARK}') then
  redis.call('set', KEYS[1], mine, 'PX', ARGV[2])
  return 1
end
return 0`;
const RELEASE = `
local current = redis.call('get', KEYS[1])
if current == ARGV[1] or current == ARGV[1] .. '${QUIET_MARK}' then return redis.call('del', KEYS[1]) end
return 0`;

/** Leases as Redis keys `<prefix>poller-lease:<subject>` holding the owner's random id. */
export class RedisPollerLeases implements PollerLeases {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async hold(subject: string, owner: string, ttlMs: number, quiet = false): Promise<boolean> {
    const ttl = String(Math.max(1, Math.ceil(ttlMs)));
    const held = await guardState(() => this.redis.eval(HOLD, 1, this.key(subject), owner, ttl, quiet ? QUIET_MARK : ''));
    return held === 1;
  }

  async release(subject: string, owner: string): Promise<void> {
    await guardState(() => this.redis.eval(RELEASE, 1, this.key(subject), owner));
  }

  private key(subject: string): string {
    return `${this.keyPrefix}poller-lease:${subject}`;
  }
}

/**
 * One poller's view of its lease. Without `leases` (memory mode, one instance) it always owns.
 * Redis trouble → it polls anyway (fails open): a duplicate probe is harmless (events are published
 * once per id), a subject nobody polls is not; the failure is reported once per outage.
 */
export class PollerLease {
  private everHeld = false;
  private failing = false;
  owning: boolean;

  constructor(
    private readonly subject: string,
    private readonly owner: string,
    private readonly leases: PollerLeases | undefined,
    private readonly onError: (error: unknown) => void,
  ) {
    this.owning = leases === undefined;
  }

  /** Whether this poller owns the subject for the next `ttlMs` (acquiring, renewing, or taking over a quiet owner's when not `quiet`). */
  async hold(ttlMs: number, quiet = false): Promise<boolean> {
    if (!this.leases) return true;
    try {
      this.owning = await this.leases.hold(this.subject, this.owner, ttlMs, quiet);
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.onError(error);
      this.failing = true;
      this.owning = true;
    }
    if (this.owning) this.everHeld = true;
    return this.owning;
  }

  release(): void {
    if (!this.leases || !this.everHeld) return;
    this.owning = false;
    this.leases.release(this.subject, this.owner).catch(() => {
      // It expires by itself.
    });
  }
}
