import { EnvSchema, ConfigError, type Env } from './config/env-schema';
import { parseOidc, type OidcConfig } from './config/oidc';
import { redisFromEnv, type RedisConfig } from './config/redis';
import { ProviderEnvSchema, providersFromEnv } from './config/provider-settings';
import type { ProviderSettingsById } from './provider-modules';

export { ConfigError } from './config/env-schema';
export { parseOidc, type OidcConfig } from './config/oidc';
export type { ProviderEndpoint, ProviderPolicy, UpstreamPolicy } from './config/providers';
export { withEndpoints, type ProviderEndpoints } from './config/sandbox-endpoints';

export interface ApiKey {
  clientId: string;
  key: string;
  scopes: string[];
}

export interface PublishableKey {
  id: string;
  key: string;
  origins: string[];
}

export interface Config {
  mode: 'sandbox' | 'live';
  production: boolean;
  port: number;
  host: string;
  logLevel: string;
  /** `pretty` in a terminal outside production (LOG_FORMAT overrides); JSON lines everywhere else. */
  logFormat: 'json' | 'pretty';
  apiKeys: ApiKey[];
  /** CLIENT_TOKEN_KEYS: HS256 keys of client tokens, the signing one first (docs/security.md). */
  clientTokenKeys: { kid: string; secret: string }[];
  /** PUBLISHABLE_KEYS: browser keys that may only tokenize cards and decode BR Codes, each bound to origins. */
  publishableKeys: PublishableKey[];
  graphiql: boolean;
  introspection: boolean;
  bodyLimitBytes: number;
  publicUrl?: string;
  webhookMaxBodyBytes: number;
  /** Deliveries about older events are treated as replays: acknowledged, never published. */
  webhookMaxEventAgeMs: number;
  /**
   * Every provider module's settings, by module id (src/provider-modules.ts): its endpoint (absent
   * when not configured, and in sandbox mode until its simulator starts, see app.ts), call policy,
   * webhook source addresses, polling interval and simulator port.
   */
  providers: ProviderSettingsById;
  sandbox: { delayMs: number };
  /**
   * The shared pollers of subjects without webhooks (docs/providers.md): one set,
   * one concurrency bound; its interval is the shortest one a provider module declares, and
   * `backgroundIntervalMs` (BACKGROUND_POLL_INTERVAL_MS) while only background watchers watch a subject.
   */
  polling: { intervalMs: number; backgroundIntervalMs: number; maxConcurrency: number };
  /** Time between SIGTERM (readyz 503) and the drain (SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
  /** Bound on the drain: requests and WebSocket operations already received finish within it (SHUTDOWN_DRAIN_TIMEOUT_MS). */
  shutdownDrainMs: number;
  /** Idle time after which another instance claims an unfinished webhook delivery (WEBHOOK_CLAIM_IDLE_MS). */
  webhookClaimIdleMs: number;
  /** Edge policy (docs/security.md): most provider calls one operation may cause. */
  maxProviderCalls: number;
  /** Node's requestTimeout / headersTimeout: a client that sends too slowly gets 408 and is cut off. */
  httpTimeouts: { requestMs: number; headersMs: number };
  /** Per-API-key budgets per window; 0 turns one off (docs/security.md). */
  rateLimits: { requests: number; providerCalls: number; windowSeconds: number };
  /** Publishable keys' own budgets per RATE_LIMIT_WINDOW_SECONDS: per key, and per key and address (0 = off). */
  publishableKeyLimits: { perKey: number; perAddress: number; windowSeconds: number };
  /** graphql-ws caps (docs/security.md, "Subscriptions"); per-key caps hold per instance. */
  subscriptionLimits: { socketsPerKey: number; subscriptionsPerSocket: number; subscriptionsPerKey: number; providerCallsPerEvent: number };
  /** CORS_ORIGINS; absent → none in production, the server's own (GraphiQL) origin otherwise. */
  corsOrigins?: string[];
  /**
   * TRUSTED_DOCUMENTS (path of the manifest, loaded and checked at start-up), TRUSTED_DOCUMENTS_ONLY,
   * TRUSTED_DOCUMENTS_OIDC_ANY (src/edge/trusted-documents.ts); absent → no manifest, no rule.
   */
  trustedDocuments?: { manifestPath: string; only: boolean; oidcAny: boolean };
  /** METRICS_TOKEN: bearer token for /metrics (without it /metrics is off in production). */
  metricsToken?: string;
  /** Shared durable state (REDIS_URL or REDIS_CLUSTER_NODES); absent → in-memory stores, good for one process only. */
  redis?: RedisConfig;
  /** Staff sign-in (OIDC_*); absent when OIDC_ISSUER is unset. */
  oidc?: OidcConfig;
}

/** Default SHUTDOWN_DELAY_MS in production: longer than endpoint removal usually takes (docs/deploy.md). */
const PRODUCTION_SHUTDOWN_DELAY_MS = 5_000;
/** Time past the longest provider deadline for the answer to be written (default drain timeout). */
const DRAIN_MARGIN_MS = 5_000;
/** Default BACKGROUND_POLL_INTERVAL_MS in live mode: 2,880 reads per background-watched subject per day. */
const LIVE_BACKGROUND_POLL_INTERVAL_MS = 30_000;

/**
 * Environment → typed, validated configuration, parsed once at start-up. A bad value stops
 * start-up with a message naming the variable. Every variable is documented in the README.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, stdoutIsTerminal = process.stdout.isTTY === true): Config {
  const parsed = EnvSchema.safeParse(env);
  // The provider modules' own variables (src/provider-modules.ts), checked in the same pass.
  const parsedProviders = ProviderEnvSchema.safeParse(env);
  if (!parsed.success || !parsedProviders.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(parsedProviders.error?.issues ?? [])];
    const problems = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const { providers, mode, pollIntervalMs, longestDeadlineMs } = providersFromEnv(parsedProviders.data);
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
    logFormat: e.LOG_FORMAT ?? (stdoutIsTerminal && !production ? 'pretty' : 'json'),
    apiKeys,
    clientTokenKeys: parseClientTokenKeys(e.CLIENT_TOKEN_KEYS),
    publishableKeys: parsePublishableKeys(e.PUBLISHABLE_KEYS),
    graphiql: flag(e.GRAPHIQL, !production),
    introspection: flag(e.INTROSPECTION, !production),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    webhookMaxBodyBytes: e.WEBHOOK_MAX_BODY_BYTES,
    webhookMaxEventAgeMs: e.WEBHOOK_MAX_EVENT_AGE_SECONDS * 1000,
    providers,
    sandbox: { delayMs: e.SANDBOX_DELAY_MS },
    polling: {
      intervalMs: pollIntervalMs,
      backgroundIntervalMs: backgroundPollIntervalMs(e.BACKGROUND_POLL_INTERVAL_MS, mode, pollIntervalMs),
      maxConcurrency: e.POLL_MAX_CONCURRENCY,
    },
    // Kubernetes removes a terminating pod from its endpoints while SIGTERM is already on its way:
    // keep serving a moment so requests routed meanwhile are answered (docs/deploy.md, "Shutdown").
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS ?? (production ? PRODUCTION_SHUTDOWN_DELAY_MS : 0),
    // In-flight provider calls end by their deadline; the drain waits that long, plus a margin.
    shutdownDrainMs: e.SHUTDOWN_DRAIN_TIMEOUT_MS ?? longestDeadlineMs + DRAIN_MARGIN_MS,
    webhookClaimIdleMs: e.WEBHOOK_CLAIM_IDLE_MS,
    maxProviderCalls: e.MAX_PROVIDER_CALLS,
    rateLimits: { requests: e.RATE_LIMIT_REQUESTS, providerCalls: e.RATE_LIMIT_PROVIDER_CALLS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    publishableKeyLimits: { perKey: e.PUBLISHABLE_KEY_RATE_LIMIT, perAddress: e.PUBLISHABLE_KEY_RATE_LIMIT_PER_ADDRESS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    subscriptionLimits: {
      socketsPerKey: e.SUBSCRIPTION_MAX_SOCKETS_PER_KEY,
      subscriptionsPerSocket: e.SUBSCRIPTION_MAX_PER_SOCKET,
      subscriptionsPerKey: e.SUBSCRIPTION_MAX_PER_KEY,
      providerCallsPerEvent: e.SUBSCRIPTION_MAX_PROVIDER_CALLS_PER_EVENT,
    },
    corsOrigins: e.CORS_ORIGINS === undefined ? undefined : parseOrigins(e.CORS_ORIGINS),
    metricsToken: e.METRICS_TOKEN,
    trustedDocuments: trustedDocumentsOf(e),
    httpTimeouts: { requestMs: e.HTTP_REQUEST_TIMEOUT_MS, headersMs: Math.min(e.HTTP_HEADERS_TIMEOUT_MS, e.HTTP_REQUEST_TIMEOUT_MS) },
    redis: redisFromEnv(e),
    oidc: parseOidc(e, production),
  };
}

/** Every scope an API key may carry (docs/security.md, "API-key scopes"). */
export const API_KEY_SCOPES = ['read', 'write', 'payouts', 'cards', 'webhooks'];

/** `API_KEYS=client-a=key-a:read+write,client-b=key-b:read` (scopes default to read+write). */
export function parseApiKeys(raw: string | undefined): ApiKey[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const match = /^\s*([\w.-]+)=([^:\s]{16,})(?::([\w+]+))?\s*$/.exec(entry);
    if (!match) {
      throw new ConfigError('API_KEYS: each entry must be <client-id>=<key of at least 16 characters>[:scope+scope]');
    }
    const scopes = match[3] ? match[3].split('+') : ['read', 'write'];
    // A misspelt scope (`webhook`) would silently grant nothing: refuse it at start-up instead.
    const unknown = scopes.filter((scope) => !API_KEY_SCOPES.includes(scope));
    if (unknown.length > 0) throw new ConfigError(`API_KEYS: unknown scope ${unknown.join(', ')} (known: ${API_KEY_SCOPES.join(', ')})`);
    return { clientId: match[1], key: match[2], scopes };
  });
}

/** `CLIENT_TOKEN_KEYS=2026-12:<secret>,2026-06:<old secret>`: the first signs, all verify. */
export function parseClientTokenKeys(raw: string | undefined): { kid: string; secret: string }[] {
  if (!raw?.trim()) return [];
  const keys = raw.split(',').map((entry) => {
    const match = /^\s*([\w.-]{1,64}):(\S+?)\s*$/.exec(entry);
    if (!match || Buffer.byteLength(match[2]) < 32) throw new ConfigError('CLIENT_TOKEN_KEYS: each entry must be <key-id>:<secret of at least 32 bytes>');
    return { kid: match[1], secret: match[2] };
  });
  if (new Set(keys.map((key) => key.kid)).size !== keys.length) throw new ConfigError('CLIENT_TOKEN_KEYS: key ids must be distinct');
  return keys;
}

/** `PUBLISHABLE_KEYS=shop=pk_live_…@https://shop.example|https://www.shop.example,…` */
export function parsePublishableKeys(raw: string | undefined): PublishableKey[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const match = /^\s*([\w.-]+)=(pk_[A-Za-z0-9_-]{16,})@(\S+?)\s*$/.exec(entry);
    if (!match) throw new ConfigError('PUBLISHABLE_KEYS: each entry must be <id>=<pk_ key of at least 16 more characters>@<origin>|<origin>');
    return { id: match[1], key: match[2], origins: parseOrigins(match[3].split('|').join(','), 'PUBLISHABLE_KEYS') };
  });
}

/** Exact origins only: a wildcard or a path would widen who may call the API. */
export function parseOrigins(raw: string, variable = 'CORS_ORIGINS'): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let origin: string | undefined;
      try {
        origin = new URL(entry).origin;
      } catch {
        origin = undefined;
      }
      if (!origin || !/^https?:\/\/[^*]+$/.test(origin) || origin !== entry.replace(/\/+$/, '')) {
        throw new ConfigError(`${variable}: each entry must be an exact origin such as https://app.example.com (no path, no wildcard)`);
      }
      return origin;
    });
}

function trustedDocumentsOf(e: Env): Config['trustedDocuments'] {
  const only = flag(e.TRUSTED_DOCUMENTS_ONLY, false);
  // Only trusted documents, but no manifest: nothing could run at all.
  if (e.TRUSTED_DOCUMENTS === undefined) {
    if (only) throw new ConfigError('TRUSTED_DOCUMENTS_ONLY=true needs TRUSTED_DOCUMENTS (the manifest path)');
    return undefined;
  }
  return { manifestPath: e.TRUSTED_DOCUMENTS, only, oidcAny: flag(e.TRUSTED_DOCUMENTS_OIDC_ANY, false) };
}

function flag(value: string | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : ['true', '1', 'yes'].includes(value);
}

/**
 * A real provider is read every BACKGROUND_POLL_INTERVAL_MS (default 30 s) per subject nobody
 * subscribes to, not every poll interval; the sandbox's simulators cost nothing, so it stays snappy.
 */
function backgroundPollIntervalMs(configured: number | undefined, mode: 'sandbox' | 'live', pollIntervalMs: number): number {
  return configured ?? (mode === 'live' ? LIVE_BACKGROUND_POLL_INTERVAL_MS : pollIntervalMs);
}
