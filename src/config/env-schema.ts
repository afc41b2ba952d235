import { z } from 'zod';

/** An optional integer variable with its default and range. */
const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).optional().default(fallback);
/** An http(s) URL variable. */
const url = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) URL');

/** The same two variable types for the provider modules' own slices. */
export { int as envInt, url as envUrl };

/**
 * Every environment variable Paygraph reads outside the providers, with its type, range and default
 * (README lists them). Each provider module adds its own slice (`env` in src/provider-module.ts).
 */
export const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: int(4000, 0, 65535),
  HOST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  API_KEYS: z.string().optional(),
  // Client tokens (docs/security.md): <kid>:<secret of at least 32 bytes>,… (the first signs, all verify).
  CLIENT_TOKEN_KEYS: z.string().optional(),
  // Publishable keys (docs/security.md): <id>=<pk_… key>@<origin>|<origin>,…
  PUBLISHABLE_KEYS: z.string().optional(),
  GRAPHIQL: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  INTROSPECTION: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  // 1 MB: a payout batch of 1,000 payments (the maximum) is 170–500 kB of JSON.
  BODY_LIMIT_BYTES: int(1_000_000, 1_000, 10_000_000),
  PUBLIC_URL: url.optional(),
  SANDBOX_DELAY_MS: int(3_000, 0, 600_000),
  WEBHOOK_MAX_BODY_BYTES: int(65_536, 1_024, 1_000_000),
  WEBHOOK_MAX_EVENT_AGE_SECONDS: int(86_400, 60, 30 * 86_400),
  POLL_MAX_CONCURRENCY: int(20, 1, 1_000),
  // Quiet interval of subjects watched in the background with nobody subscribed (docs/events-and-inbox.md).
  // Unset: 30 s in live mode, the poll interval in sandbox mode (config.ts).
  BACKGROUND_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).optional(),
  // Shared, durable state (docs/deploy.md). Absent: everything in memory, for one process.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  // The same on a Redis Cluster: seed nodes `host:port,host:port` (config/redis.ts). Not with REDIS_URL.
  REDIS_CLUSTER_NODES: z.string().optional(),
  // Replicas that must have an idempotency record, an accepted webhook or a published event before
  // it counts (WAIT after the write; Redis replication is asynchronous). 0 = no wait.
  REDIS_WAIT_REPLICAS: int(0, 0, 5),
  // On SIGTERM: report not ready (/readyz 503) but keep serving this long, so a load balancer
  // stops sending new work before connections close (docs/deploy.md). 0 = drain at once.
  // Unset: 5 s with NODE_ENV=production, 0 otherwise (config.ts).
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  // After the delay: how long requests and WebSocket operations already received may take to
  // finish before their connections are cut. Unset: the longest provider deadline + 5 s (config.ts).
  SHUTDOWN_DRAIN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).optional(),
  // With Redis: a webhook delivery another instance took and did not finish within this is
  // claimed from the inbox (docs/events-and-inbox.md). Longer than the slowest confirmation.
  WEBHOOK_CLAIM_IDLE_MS: int(30_000, 200, 3_600_000),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'letters, digits, _ : . - (at most 64)')
    .optional()
    .default('paygraph:'),
  // The edge (docs/security.md): provider-call budget per operation.
  MAX_PROVIDER_CALLS: int(250, 1, 100_000),
  // Slow clients: whole request (headers + body) and headers alone must arrive within these.
  HTTP_REQUEST_TIMEOUT_MS: int(30_000, 100, 600_000),
  HTTP_HEADERS_TIMEOUT_MS: int(10_000, 100, 600_000),
  // Browser apps allowed to call /graphql: exact origins, comma-separated (scheme://host[:port]).
  CORS_ORIGINS: z.string().optional(),
  // Per-API-key budgets per window (0 = off): operations and estimated provider calls.
  RATE_LIMIT_WINDOW_SECONDS: int(60, 1, 86_400),
  RATE_LIMIT_REQUESTS: int(1_200, 0, 10_000_000),
  RATE_LIMIT_PROVIDER_CALLS: int(6_000, 0, 10_000_000),
  // Publishable keys (public by design): operations per key, and per key and client address, per window (0 = off).
  PUBLISHABLE_KEY_RATE_LIMIT: int(600, 0, 10_000_000),
  PUBLISHABLE_KEY_RATE_LIMIT_PER_ADDRESS: int(30, 0, 10_000_000),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  // graphql-ws caps (docs/security.md, "Subscriptions"): sockets and subscriptions per API key
  // (this instance), subscriptions per socket, estimated provider calls one event may cost one subscription.
  SUBSCRIPTION_MAX_SOCKETS_PER_KEY: int(10, 1, 100_000),
  SUBSCRIPTION_MAX_PER_SOCKET: int(50, 1, 100_000),
  SUBSCRIPTION_MAX_PER_KEY: int(200, 1, 1_000_000),
  SUBSCRIPTION_MAX_PROVIDER_CALLS_PER_EVENT: int(10, 0, 100_000),
  // Trusted documents (docs/security.md): the codegen manifest (hash → document); browser
  // credentials may then run only its documents, by hash. _ONLY: server keys too. _OIDC_ANY: OIDC tokens may send any text.
  TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  TRUSTED_DOCUMENTS_ONLY: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  TRUSTED_DOCUMENTS_OIDC_ANY: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  // Staff sign-in through the company's OpenID provider (docs/security.md, "OpenID Connect sign-in").
  OIDC_ISSUER: url.optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_SCOPES_CLAIM: z
    .string()
    .regex(/^[\w:./-]{1,100}$/, 'a claim name')
    .optional()
    .default('scope'),
  OIDC_SCOPE_MAP: z.string().optional(),
  OIDC_CLOCK_SKEW_SECONDS: int(30, 0, 300),
  OIDC_ALGORITHMS: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export { ConfigError } from './config-error';
