import type { SimClock } from '../shared/sim-clock';
import { newAccessToken, newRefreshToken } from './formats';

export interface IssuedToken {
  accessToken: string;
  refreshToken: string;
  expiresAtMs: number;
}

/**
 * Bearer tokens the simulator accepts (ASM-P02): the configured static partner tokens, which never
 * expire, and the tokens issued by login, which expire on the simulator clock and can be revoked
 * in one go (token-invalidation tests).
 */
export class TokenStore {
  private readonly issued = new Map<string, number>();
  private sequence = 1000;

  constructor(
    private readonly staticTokens: readonly string[],
    private readonly clock: SimClock,
    private readonly ttlMs: number,
  ) {}

  issue(): IssuedToken {
    const accessToken = newAccessToken(++this.sequence);
    const expiresAtMs = this.clock.nowMs() + this.ttlMs;
    this.issued.set(accessToken, expiresAtMs);
    return { accessToken, refreshToken: newRefreshToken(), expiresAtMs };
  }

  /** True for `Authorization: Bearer <known, unexpired token>`; the scheme is case-insensitive. */
  accepts(header: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) return false;
    const token = match[1];
    if (this.staticTokens.includes(token)) return true;
    const expiresAtMs = this.issued.get(token);
    return expiresAtMs !== undefined && this.clock.nowMs() < expiresAtMs;
  }

  /** Login-issued tokens stop working; static tokens are configuration and keep working. */
  revoke(): void {
    this.issued.clear();
  }
}
