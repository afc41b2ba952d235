import type { SimClock } from '../shared/sim-clock';
import { SimCounters } from '../shared/sim-counters';
import { FaultKnobs, type FaultDecision } from '../shared/fault-knobs';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import { astraError, astraErrorBody, oauthFaultBody, transactionIdOf } from './errors';
import { isUuid } from './ids';
import { TOKEN_PATH } from './routes-oauth';
import { bearerToken, type TokenStore } from './tokens';

/** Sandbox control routes: not part of Astra's API, so no auth, no header rules, no faults. */
export function isControlPath(path: string): boolean {
  return path === '/__sim' || path.startsWith('/__sim/');
}

export function isControlRoute(routeName: string): boolean {
  return isControlPath(routeName.slice(routeName.indexOf(' ') + 1));
}

/**
 * ASM-A05: authentication first (401), then the `x-transaction-id` check (400, errorCode 36).
 * The token endpoint needs neither (ASM-A02); it is matched by path so a wrong method gets 405.
 */
export function createGuard(tokens: TokenStore, clock: SimClock) {
  return (req: SimRequest): SimResponse | undefined => {
    if (req.path === TOKEN_PATH || isControlPath(req.path)) return undefined;
    const token = bearerToken(req.headers.authorization);
    if (!token || !tokens.isValid(token)) return astraError(401, req, clock.now());
    if (!isUuid(transactionIdOf(req))) {
      return astraError(400, req, clock.now(), ['x-transaction-id header is required and must be a UUID']);
    }
    return undefined;
  };
}

/** Error bodies for responses the shared kit builds (faults, unknown routes, malformed JSON). */
export function createErrorBody(clock: SimClock) {
  return (status: number, req: SimRequest): unknown => (req.path === TOKEN_PATH ? oauthFaultBody(status) : astraErrorBody(status, req, clock.now()));
}

/**
 * Forced 401s never hit the token route, so "401 → refresh token → retry" can be exercised;
 * the token route still gets latency, error-rate, fail-next and hang faults.
 */
export class AstraFaultKnobs extends FaultKnobs {
  override decide(routeName: string): FaultDecision {
    const pending = this.current.force401Count;
    if (!routeName.endsWith(` ${TOKEN_PATH}`) || pending === 0) return super.decide(routeName);
    this.set({ force401Count: 0 });
    try {
      return super.decide(routeName);
    } finally {
      this.set({ force401Count: pending });
    }
  }
}

/** Control-route calls are not counted, so `/__sim/stats` reports only traffic against the API. */
export class AstraCounters extends SimCounters {
  override record(input: Parameters<SimCounters['record']>[0]): void {
    if (!isControlPath(input.path)) super.record(input);
  }
}
