import { ConfigError, type Env } from './env-schema';

/** Asymmetric only: an HS* token would be checked with a secret the issuer shares, `none` with nothing. */
export const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];

/** Paygraph's scopes; kept here too so config/oidc.ts does not import config.ts (a cycle). */
const PAYGRAPH_SCOPES = ['read', 'write', 'payouts', 'cards', 'webhooks'];

export interface OidcConfig {
  issuer: string;
  audience: string;
  scopesClaim: string;
  /** Provider scope name → Paygraph scope; absent: names as they are. */
  scopeMap?: ReadonlyMap<string, string>;
  clockSkewSeconds: number;
  algorithms: OidcAlgorithm[];
}

type OidcEnv = Pick<Env, 'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_SCOPES_CLAIM' | 'OIDC_SCOPE_MAP' | 'OIDC_CLOCK_SKEW_SECONDS' | 'OIDC_ALGORITHMS'>;

/** OIDC_* → the sign-in configuration; absent without OIDC_ISSUER. */
export function parseOidc(e: OidcEnv, production: boolean): OidcConfig | undefined {
  if (!e.OIDC_ISSUER) {
    if (e.OIDC_AUDIENCE || e.OIDC_SCOPE_MAP) throw new ConfigError('OIDC_ISSUER: required when OIDC_AUDIENCE or OIDC_SCOPE_MAP is set');
    return undefined;
  }
  // Without an audience any token the company's provider issues (for any app) would be accepted.
  if (!e.OIDC_AUDIENCE) throw new ConfigError('OIDC_AUDIENCE: required when OIDC_ISSUER is set');
  // Keys fetched over plain HTTP could be swapped on the way: only https in production.
  if (production && !e.OIDC_ISSUER.startsWith('https://')) throw new ConfigError('OIDC_ISSUER: must be https when NODE_ENV=production');
  return {
    issuer: e.OIDC_ISSUER,
    audience: e.OIDC_AUDIENCE,
    scopesClaim: e.OIDC_SCOPES_CLAIM,
    scopeMap: e.OIDC_SCOPE_MAP === undefined ? undefined : parseScopeMap(e.OIDC_SCOPE_MAP),
    clockSkewSeconds: e.OIDC_CLOCK_SKEW_SECONDS,
    algorithms: e.OIDC_ALGORITHMS === undefined ? [...OIDC_ALGORITHMS] : parseAlgorithms(e.OIDC_ALGORITHMS),
  };
}

/** `paygraph:read=read,paygraph:pay=payouts`: each target must be a Paygraph scope. */
export function parseScopeMap(raw: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^\s=,]+)=([a-z]+)$/.exec(entry);
    if (!match) throw new ConfigError('OIDC_SCOPE_MAP: each entry must be <provider scope>=<Paygraph scope>');
    if (!PAYGRAPH_SCOPES.includes(match[2])) throw new ConfigError(`OIDC_SCOPE_MAP: unknown Paygraph scope ${match[2]} (known: ${PAYGRAPH_SCOPES.join(', ')})`);
    map.set(match[1], match[2]);
  }
  if (map.size === 0) throw new ConfigError('OIDC_SCOPE_MAP: empty');
  return map;
}

function parseAlgorithms(raw: string): OidcAlgorithm[] {
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const refused = names.filter((name) => !(OIDC_ALGORITHMS as readonly string[]).includes(name));
  if (names.length === 0 || refused.length > 0) throw new ConfigError(`OIDC_ALGORITHMS: only asymmetric algorithms (${OIDC_ALGORITHMS.join(', ')})`);
  return names as OidcAlgorithm[];
}
