import { randomBytes } from 'node:crypto';
import type { SimClock } from '../shared/sim-clock';

const PRUNE_THRESHOLD = 1_000;
/** Recently issued tokens kept for tests that scan logs for every token, not only the current one. */
const HISTORY_SIZE = 100;

/**
 * Bearer tokens issued by the simulator. Opaque random strings (ASM-A03: the client never decodes
 * the token). Expiry uses the simulator clock, so advancing the clock also expires tokens.
 */
export class TokenStore {
  private readonly expiresAt = new Map<string, number>();
  private readonly history: string[] = [];

  constructor(
    private readonly clock: SimClock,
    readonly ttlSeconds: number,
  ) {}

  issue(): string {
    if (this.expiresAt.size >= PRUNE_THRESHOLD) this.pruneExpired();
    const token = randomBytes(32).toString('base64url');
    this.expiresAt.set(token, this.clock.nowMs() + this.ttlSeconds * 1000);
    if (this.history.push(token) > HISTORY_SIZE) this.history.shift();
    return token;
  }

  /** The last 100 tokens issued, oldest first (rotated-out ones included). */
  recentlyIssued(): string[] {
    return [...this.history];
  }

  /** ASM-A03: rejected once `expires_in` seconds have elapsed. */
  isValid(token: string): boolean {
    const expiry = this.expiresAt.get(token);
    return expiry !== undefined && this.clock.nowMs() < expiry;
  }

  revokeAll(): void {
    this.expiresAt.clear();
  }

  private pruneExpired(): void {
    const now = this.clock.nowMs();
    for (const [token, expiry] of this.expiresAt) if (expiry <= now) this.expiresAt.delete(token);
  }
}

/** The token from `Authorization: Bearer <token>`, or undefined when missing or malformed. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value && /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(value.trim());
  return match ? match[1] : undefined;
}
