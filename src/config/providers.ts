import { isIP } from 'node:net';
import { ConfigError, type Env } from './env-schema';

/** Provider endpoints from the environment: none set → sandbox simulator; some set → all required. */
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

export interface PagstarEndpoint {
  /** Ends in /api/v2 (ASM-P01). */
  baseUrl: string;
  tenantId: string;
  /** Sent on every call: "<Company> (<contact e-mail>)" (§3.1). */
  userAgent: string;
  auth: { kind: 'static'; token: string } | { kind: 'login'; email: string; accessKey: string };
  /** Part of the token cache key, so two environments never share a token. */
  environment: string;
}

export function astraEndpoint(e: Env): ProviderEndpoint | undefined {
  const given = { ASTRA_CLIENT_ID: e.ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET: e.ASTRA_CLIENT_SECRET, ASTRA_BASE_URL: e.ASTRA_BASE_URL };
  const missing = Object.entries(given)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`${missing.join(', ')}: required when any of ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET, ASTRA_BASE_URL is set`);
  }
  const baseUrl = e.ASTRA_BASE_URL!.replace(/\/+$/, '');
  return {
    clientId: e.ASTRA_CLIENT_ID!,
    clientSecret: e.ASTRA_CLIENT_SECRET!,
    baseUrl,
    tokenUrl: e.ASTRA_TOKEN_URL ?? `${baseUrl}/oauth/v1/token`,
    environment: new URL(baseUrl).host,
  };
}

/**
 * PAGSTAR_BASE_URL + PAGSTAR_TENANT_ID + PAGSTAR_USER_AGENT + (PAGSTAR_TOKEN, or PAGSTAR_EMAIL and
 * PAGSTAR_ACCESS_KEY). None set → undefined (sandbox simulator, or Pagstar off in live mode).
 */
export function pagstarEndpoint(e: Env): PagstarEndpoint | undefined {
  const credentials = [e.PAGSTAR_TOKEN, e.PAGSTAR_EMAIL, e.PAGSTAR_ACCESS_KEY];
  const any = [...credentials, e.PAGSTAR_BASE_URL, e.PAGSTAR_TENANT_ID].some(Boolean);
  if (!any) return undefined;
  const missing: string[] = [];
  if (!e.PAGSTAR_BASE_URL) missing.push('PAGSTAR_BASE_URL');
  if (!e.PAGSTAR_TENANT_ID) missing.push('PAGSTAR_TENANT_ID');
  if (!e.PAGSTAR_USER_AGENT) missing.push('PAGSTAR_USER_AGENT');
  if (!e.PAGSTAR_TOKEN && !(e.PAGSTAR_EMAIL && e.PAGSTAR_ACCESS_KEY)) missing.push('PAGSTAR_TOKEN (or PAGSTAR_EMAIL and PAGSTAR_ACCESS_KEY)');
  if (missing.length > 0) throw new ConfigError(`${missing.join(', ')}: required when any PAGSTAR_* credential is set`);
  const baseUrl = e.PAGSTAR_BASE_URL!.replace(/\/+$/, '');
  if (!baseUrl.endsWith('/api/v2')) throw new ConfigError('PAGSTAR_BASE_URL: must end in /api/v2, e.g. https://api.pagstar.com/api/v2');
  return {
    baseUrl,
    tenantId: e.PAGSTAR_TENANT_ID!,
    userAgent: e.PAGSTAR_USER_AGENT!,
    auth: e.PAGSTAR_TOKEN ? { kind: 'static', token: e.PAGSTAR_TOKEN } : { kind: 'login', email: e.PAGSTAR_EMAIL!, accessKey: e.PAGSTAR_ACCESS_KEY! },
    environment: new URL(baseUrl).host,
  };
}

/** `PAGSTAR_WEBHOOK_IPS=3.128.119.90,10.0.0.7` → addresses; each must be an IPv4/IPv6 literal. */
export function parseIpList(raw: string | undefined): string[] {
  const ips = (raw ?? '')
    .split(',')
    .map((ip) => ip.trim())
    .filter(Boolean);
  const bad = ips.filter((ip) => !isIP(ip));
  if (bad.length > 0) throw new ConfigError('PAGSTAR_WEBHOOK_IPS: a comma-separated list of IP addresses');
  return ips;
}
