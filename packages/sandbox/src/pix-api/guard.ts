import { FaultKnobs, type FaultDecision } from '../shared/fault-knobs';
import { SimCounters } from '../shared/sim-counters';
import type { SimRouter } from '../shared/sim-router';
import type { SimHandler, SimRequest, SimResponse } from '../shared/sim-server';
import { generalProblemBody, problem, unauthorized } from './problems';
import { TOKEN_PATH, TOKEN_ROUTE } from './routes-oauth';
import { bearerToken, type TokenStore } from './tokens';

/** ASM-X35: the API is served under `/api/v2` (the spec's servers end in `/api/` and the `v2` fragment belongs to the base URL). */
export const API_PREFIX = '/api/v2';

/** Sandbox control routes: not part of the API Pix, so no auth and no faults. */
export const CONTROL_PREFIX = '/__sim';

export function isControlPath(path: string): boolean {
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

export function isControlRoute(routeName: string): boolean {
  return isControlPath(routeName.slice(routeName.indexOf(' ') + 1));
}

/**
 * API routes registered with the OAuth scope the specification requires for them
 * (`security: OAuth2: [scope]` of each operation). The guard reads the scope back by route name.
 */
export class ApiRoutes {
  private readonly scopes = new Map<string, string>();

  constructor(private readonly router: SimRouter) {}

  add(method: string, pattern: string, scope: string, handler: SimHandler): this {
    const full = `${API_PREFIX}${pattern}`;
    this.router.add(method, full, handler);
    this.scopes.set(`${method} ${full}`, scope);
    return this;
  }

  scopeOf(routeName: string): string | undefined {
    return this.scopes.get(routeName);
  }
}

/**
 * Every API route needs a valid bearer token (401) carrying the operation's scope (403
 * `AcessoNegado`). Unknown paths under the API fall through to the kit's 404/405 problems.
 */
export function createGuard(tokens: TokenStore, routes: ApiRoutes) {
  return (req: SimRequest, routeName: string): SimResponse | undefined => {
    const scope = routes.scopeOf(routeName);
    if (scope === undefined) return undefined;
    const token = bearerToken(req.headers.authorization);
    const scopes = token ? tokens.scopesOf(token) : undefined;
    if (!scopes) return unauthorized('Token de acesso ausente, inválido ou expirado.');
    if (!scopes.has(scope)) return problem('AcessoNegado', 403, `O token de acesso não tem o escopo ${scope}.`);
    return undefined;
  };
}

/** Problem bodies for answers the shared kit builds (faults, unknown routes, malformed JSON). */
export function errorBody(status: number, req: SimRequest): unknown {
  if (status === 401 && req.path !== TOKEN_PATH) return unauthorized('Token de acesso inválido.').body;
  return generalProblemBody(status);
}

/** Forced 401s never hit the token route, so "401 → new token → retry" can be exercised. */
export class PixApiFaultKnobs extends FaultKnobs {
  override decide(routeName: string): FaultDecision {
    const pending = this.current.force401Count;
    if (routeName !== TOKEN_ROUTE || pending === 0) return super.decide(routeName);
    this.set({ force401Count: 0 });
    try {
      return super.decide(routeName);
    } finally {
      this.set({ force401Count: pending });
    }
  }
}

/** Control-route calls are not counted, so the counters report only traffic against the API. */
export class PixApiCounters extends SimCounters {
  override record(input: Parameters<SimCounters['record']>[0]): void {
    if (!isControlPath(input.path)) super.record(input);
  }
}
