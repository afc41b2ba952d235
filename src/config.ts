import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Environment → typed, validated configuration, parsed once at start-up. A bad value stops
 * start-up with a message naming the variable. Every variable is documented in the README.
 */
const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional().default(fallback);
const url = z.string().url().refine((value) => /^https?:\/\//.test(value), 'must be an http(s) URL');

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: int(4000, 0, 65535),
  HOST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  API_KEYS: z.string().optional(),
  GRAPHIQL: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  INTROSPECTION: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  BODY_LIMIT_BYTES: int(100_000, 1_000, 10_000_000),
  PUBLIC_URL: url.optional(),
  ASTRA_CLIENT_ID: z.string().min(1).optional(),
  ASTRA_CLIENT_SECRET: z.string().min(1).optional(),
  ASTRA_BASE_URL: url.optional(),
  ASTRA_TOKEN_URL: url.optional(),
  ASTRA_TIMEOUT_MS: int(10_000, 50, 120_000),
  ASTRA_DEADLINE_MS: int(25_000, 100, 300_000),
  ASTRA_RETRY_LIMIT: int(2, 0, 5),
  SANDBOX_DELAY_MS: int(3_000, 0, 600_000),
  WEBHOOK_MAX_BODY_BYTES: int(65_536, 1_024, 1_000_000),
  WEBHOOK_MAX_EVENT_AGE_SECONDS: int(86_400, 60, 30 * 86_400),
  SANDBOX_ASTRA_PORT: int(0, 0, 65535),
  // Pagstar (providers/pagstar.md): static token, or e-mail + access key login (ASM-P02).
  PAGSTAR_TOKEN: z.string().min(1).optional(),
  PAGSTAR_EMAIL: z.string().min(1).optional(),
  PAGSTAR_ACCESS_KEY: z.string().min(1).optional(),
  PAGSTAR_TENANT_ID: z.string().min(1).optional(),
  PAGSTAR_BASE_URL: url.optional(),
  PAGSTAR_USER_AGENT: z.string().min(3).max(200).optional(),
  PAGSTAR_TIMEOUT_MS: int(10_000, 50, 120_000),
  PAGSTAR_DEADLINE_MS: int(25_000, 100, 300_000),
  PAGSTAR_RETRY_LIMIT: int(2, 0, 5),
  PAGSTAR_POLL_INTERVAL_MS: int(2_000, 10, 600_000),
  PAGSTAR_WEBHOOK_IPS: z.string().optional(),
  POLL_MAX_CONCURRENCY: int(20, 1, 1_000),
  SANDBOX_PAGSTAR_PORT: int(0, 0, 65535),
});

export interface ApiKey {
  clientId: string;
  key: string;
  scopes: string[];
}

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

export interface Config {
  mode: 'sandbox' | 'live';
  production: boolean;
  port: number;
  host: string;
  logLevel: string;
  apiKeys: ApiKey[];
  graphiql: boolean;
  introspection: boolean;
  bodyLimitBytes: number;
  publicUrl?: string;
  webhookMaxBodyBytes: number;
  /** Deliveries about older events are treated as replays: acknowledged, never published. */
  webhookMaxEventAgeMs: number;
  /** Absent in sandbox mode until the embedded simulator is started (see app.ts). */
  astra?: ProviderEndpoint;
  astraHttp: UpstreamPolicy;
  sandbox: { delayMs: number; astraPort: number; pagstarPort: number };
  /** Absent when Pagstar is not configured (live mode) or until its simulator starts (sandbox). */
  pagstar?: PagstarEndpoint;
  pagstarHttp: UpstreamPolicy;
  /** Source addresses Pagstar deliveries must come from (PAGSTAR_WEBHOOK_IPS); empty = any. */
  pagstarWebhookIps: string[];
  /** Polling of providers without webhooks (Pagstar status, DESIGN §5). */
  polling: { pagstarIntervalMs: number; maxConcurrency: number };
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

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const astra = astraEndpoint(e);
  const pagstar = pagstarEndpoint(e);
  // A real Pagstar account is never served by an open sandbox server: Pagstar credentials mean
  // live mode, and live mode still needs Astra (the default provider).
  if (pagstar && !astra) {
    throw new ConfigError('ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET, ASTRA_BASE_URL: required when Pagstar credentials are set (live mode)');
  }
  const mode = astra ? 'live' : 'sandbox';
  const apiKeys = parseApiKeys(e.API_KEYS);
  if (production && apiKeys.length === 0) {
    throw new ConfigError('API_KEYS: required when NODE_ENV=production (clients must authenticate)');
  }
  return {
    mode,
    production,
    port: e.PORT,
    host: e.HOST ?? (mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0'),
    logLevel: e.LOG_LEVEL,
    apiKeys,
    graphiql: flag(e.GRAPHIQL, !production),
    introspection: flag(e.INTROSPECTION, !production),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    webhookMaxBodyBytes: e.WEBHOOK_MAX_BODY_BYTES,
    webhookMaxEventAgeMs: e.WEBHOOK_MAX_EVENT_AGE_SECONDS * 1000,
    astra,
    astraHttp: { timeoutMs: e.ASTRA_TIMEOUT_MS, deadlineMs: e.ASTRA_DEADLINE_MS, retryLimit: e.ASTRA_RETRY_LIMIT },
    sandbox: { delayMs: e.SANDBOX_DELAY_MS, astraPort: e.SANDBOX_ASTRA_PORT, pagstarPort: e.SANDBOX_PAGSTAR_PORT },
    pagstar,
    pagstarHttp: { timeoutMs: e.PAGSTAR_TIMEOUT_MS, deadlineMs: e.PAGSTAR_DEADLINE_MS, retryLimit: e.PAGSTAR_RETRY_LIMIT },
    pagstarWebhookIps: parseIpList(e.PAGSTAR_WEBHOOK_IPS),
    polling: { pagstarIntervalMs: e.PAGSTAR_POLL_INTERVAL_MS, maxConcurrency: e.POLL_MAX_CONCURRENCY },
  };
}

/**
 * PAGSTAR_BASE_URL + PAGSTAR_TENANT_ID + PAGSTAR_USER_AGENT + (PAGSTAR_TOKEN, or PAGSTAR_EMAIL and
 * PAGSTAR_ACCESS_KEY). None set → undefined (sandbox simulator, or Pagstar off in live mode).
 */
function pagstarEndpoint(e: z.infer<typeof EnvSchema>): PagstarEndpoint | undefined {
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
function parseIpList(raw: string | undefined): string[] {
  const ips = (raw ?? '').split(',').map((ip) => ip.trim()).filter(Boolean);
  const bad = ips.filter((ip) => !isIP(ip));
  if (bad.length > 0) throw new ConfigError('PAGSTAR_WEBHOOK_IPS: a comma-separated list of IP addresses');
  return ips;
}

function astraEndpoint(e: z.infer<typeof EnvSchema>): ProviderEndpoint | undefined {
  const given = { ASTRA_CLIENT_ID: e.ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET: e.ASTRA_CLIENT_SECRET, ASTRA_BASE_URL: e.ASTRA_BASE_URL };
  const missing = Object.entries(given).filter(([, value]) => !value).map(([name]) => name);
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

/** `API_KEYS=client-a=key-a:read+write,client-b=key-b:read` (scopes default to read+write). */
export function parseApiKeys(raw: string | undefined): ApiKey[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const match = /^\s*([\w.-]+)=([^:\s]{16,})(?::([\w+]+))?\s*$/.exec(entry);
    if (!match) {
      throw new ConfigError('API_KEYS: each entry must be <client-id>=<key of at least 16 characters>[:scope+scope]');
    }
    return { clientId: match[1], key: match[2], scopes: match[3] ? match[3].split('+') : ['read', 'write'] };
  });
}

function flag(value: string | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : ['true', '1', 'yes'].includes(value);
}

/** The same config with the embedded simulator's endpoint filled in (sandbox mode). */
export function withSandboxAstra(config: Config, simulator: { url: string; clientId: string; clientSecret: string }): Config {
  return {
    ...config,
    astra: {
      clientId: simulator.clientId,
      clientSecret: simulator.clientSecret,
      baseUrl: simulator.url,
      tokenUrl: `${simulator.url}/oauth/v1/token`,
      environment: 'sandbox-simulator',
    },
  };
}

/** The same config with the embedded Pagstar simulator's endpoint filled in (sandbox mode). */
export function withSandboxPagstar(config: Config, simulator: { baseUrl: string; staticToken: string; tenantId: string }): Config {
  return {
    ...config,
    pagstar: {
      baseUrl: simulator.baseUrl,
      tenantId: simulator.tenantId,
      userAgent: 'Paygraph Sandbox (sandbox@paygraph.dev)',
      auth: { kind: 'static', token: simulator.staticToken },
      environment: 'sandbox-simulator',
    },
  };
}
