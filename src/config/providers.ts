import { isIP } from 'node:net';
import { ConfigError } from './config-error';

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

/**
 * The upstream policy of one provider. The completion horizon must outlast the call's own deadline:
 * a write may leave only at the end of it (after waiting for a token), and the provider works on
 * from there.
 */
export function upstreamPolicy(envPrefix: string, timeoutMs: number, deadlineMs: number, retryLimit: number, horizonMs: number): ProviderPolicy {
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
