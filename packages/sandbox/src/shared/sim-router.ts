import type { SimHandler } from './sim-server';

interface Route {
  method: string;
  name: string;
  segments: string[];
  handler: SimHandler;
}

export interface RouteMatch {
  name: string;
  params: Record<string, string>;
  handler: SimHandler;
}

/**
 * Path router for the simulators. Patterns use `:param` segments; literal segments win over
 * params at the same position (so `/webhook/v1/results` is matched before `/webhook/v1/:id`).
 * The route name (`"GET /charge/v1/dynamic/:txid"`) is the key the counters use.
 */
export class SimRouter {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: SimHandler): this {
    this.routes.push({ method, name: `${method} ${pattern}`, segments: split(pattern), handler });
    // Literal segments first, so specific routes shadow parameterised ones regardless of order.
    this.routes.sort((a, b) => literalScore(b) - literalScore(a));
    return this;
  }

  match(method: string, path: string): RouteMatch | undefined {
    const parts = split(path);
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { name: route.name, params, handler: route.handler };
    }
    return undefined;
  }

  /** True when some route has this path under another method (→ 405 rather than 404). */
  hasPath(path: string): boolean {
    const parts = split(path);
    return this.routes.some((route) => matchSegments(route.segments, parts) !== undefined);
  }
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function literalScore(route: Route): number {
  return route.segments.filter((segment) => !segment.startsWith(':')).length;
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i];
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(parts[i]);
    else if (expected !== parts[i]) return undefined;
  }
  return params;
}
