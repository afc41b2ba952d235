import { randomBytes } from 'node:crypto';
import type { SimClock } from '../shared/sim-clock';

const PRUNE_THRESHOLD = 1_000;

interface IssuedToken {
  expiresAtMs: number;
  scopes: ReadonlySet<string>;
}

/**
 * Bearer tokens issued by `/oauth/token`: opaque random strings with the scopes granted to them
 * (ASM-X32). Expiry follows the simulator clock, so advancing it also expires tokens.
 */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly clock: SimClock,
    readonly ttlSeconds: number,
  ) {}

  issue(scopes: readonly string[]): string {
    if (this.tokens.size >= PRUNE_THRESHOLD) this.pruneExpired();
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, { expiresAtMs: this.clock.nowMs() + this.ttlSeconds * 1000, scopes: new Set(scopes) });
    return token;
  }

  /** The scopes of a known, unexpired token; undefined otherwise. */
  scopesOf(token: string): ReadonlySet<string> | undefined {
    const issued = this.tokens.get(token);
    return issued && this.clock.nowMs() < issued.expiresAtMs ? issued.scopes : undefined;
  }

  revokeAll(): void {
    this.tokens.clear();
  }

  private pruneExpired(): void {
    const now = this.clock.nowMs();
    for (const [token, issued] of this.tokens) if (issued.expiresAtMs <= now) this.tokens.delete(token);
  }
}

/** The token from `Authorization: Bearer <token>`, or undefined when missing or malformed. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value && /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(value.trim());
  return match ? match[1] : undefined;
}
