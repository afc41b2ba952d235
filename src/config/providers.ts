import { isIP } from 'node:net';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { envInt } from './env-schema';

/**
 * An OAuth2 client-credentials endpoint (a provider module's endpoint when it authenticates that
 * way). None of its variables set → not configured; some set → all required (the module says which).
 */
export interface ProviderEndpoint {
  clientId: string;
  clientSecret: string;
  baseUrl: string;
  tokenUrl: string;
  /** Part of the token cache key, so two environments never share a token. */
  environment: string;
}

export interface UpstreamPolicy {
  timeoutMs: number;
  deadlineMs: number;
  retryLimit: number;
}

/** A provider's upstream policy as configured, with what the idempotency guard needs of it. */
export interface ProviderPolicy extends UpstreamPolicy {
  /** After an unanswered write, how long the provider may still complete it (docs/idempotency.md). */
  completionHorizonMs: number;
}

type PolicyVariable<P extends string> = `${P}_TIMEOUT_MS` | `${P}_DEADLINE_MS` | `${P}_RETRY_LIMIT`;
type HorizonVariable<P extends string> = `${P}_COMPLETION_HORIZON_MS`;

/**
 * The call-policy variables every provider module has, under its prefix (`ASTRA_TIMEOUT_MS`,
 * `ASTRA_DEADLINE_MS`, `ASTRA_RETRY_LIMIT`, `ASTRA_COMPLETION_HORIZON_MS`): one definition of
 * their defaults and ranges for every module's slice of the environment schema.
 */
export function callPolicyEnv<P extends string>(prefix: P) {
  return {
    [`${prefix}_TIMEOUT_MS`]: envInt(10_000, 50, 120_000),
    [`${prefix}_DEADLINE_MS`]: envInt(25_000, 100, 300_000),
    [`${prefix}_RETRY_LIMIT`]: envInt(2, 0, 5),
    // The in-flight window of idempotency keys (docs/idempotency.md); default: the provider's assumption. Longer than the deadline.
    [`${prefix}_COMPLETION_HORIZON_MS`]: z.coerce.number().int().min(100).max(3_600_000).optional(),
  } as Record<PolicyVariable<P>, ReturnType<typeof envInt>> & Record<HorizonVariable<P>, z.ZodOptional<z.ZodNumber>>;
}

/**
 * The upstream policy of one provider, from its `callPolicyEnv` variables as parsed;
 * `defaultHorizonMs` is the provider's assumed completion horizon. The completion horizon must
 * outlast the call's own deadline: a write may leave only at the end of it (after waiting for a
 * token), and the provider works on from there.
 */
export function callPolicyFrom<P extends string>(
  prefix: P,
  env: Record<PolicyVariable<P>, number> & Partial<Record<HorizonVariable<P>, number>>,
  defaultHorizonMs: number,
): ProviderPolicy {
  // The prefixed names are checked by the signature; inside, the values are read by name.
  const values: Readonly<Record<string, number | undefined>> = env;
  const required = (name: string): number => {
    const value = values[`${prefix}_${name}`];
    if (value === undefined) throw new Error(`${prefix}_${name} is missing from the parsed environment (its callPolicyEnv entry has a default)`);
    return value;
  };
  const horizonMs = values[`${prefix}_COMPLETION_HORIZON_MS`] ?? defaultHorizonMs;
  return upstreamPolicy(prefix, required('TIMEOUT_MS'), required('DEADLINE_MS'), required('RETRY_LIMIT'), horizonMs);
}

function upstreamPolicy(envPrefix: string, timeoutMs: number, deadlineMs: number, retryLimit: number, horizonMs: number): ProviderPolicy {
  if (horizonMs <= deadlineMs) throw new ConfigError(`${envPrefix}_COMPLETION_HORIZON_MS must be longer than ${envPrefix}_DEADLINE_MS`);
  return { timeoutMs, deadlineMs, retryLimit, completionHorizonMs: horizonMs };
}

/** `3.128.119.90,10.0.0.7` → addresses; each must be an IPv4/IPv6 literal (`variable` names it in the error). */
export function parseIpList(raw: string | undefined, variable: string): string[] {
  const ips = (raw ?? '')
    .split(',')
    .map((ip) => ip.trim())
    .filter(Boolean);
  const bad = ips.filter((ip) => !isIP(ip));
  if (bad.length > 0) throw new ConfigError(`${variable}: a comma-separated list of IP addresses`);
  return ips;
}
