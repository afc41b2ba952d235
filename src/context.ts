import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Logger } from './logger';
import type { ApiKey, Config } from './config';
import type { Loaders, NodeFetcher } from './family';
import type { PortRegistry } from './domain/ports';
import type { IdempotencyGuard } from './domain/idempotency';
import type { EventBus } from './events/event-bus';
import type { WebhookRelay } from './events/webhook-relay';
import type { Metrics } from './observability/metrics';
import type { ProviderCode } from './providers';
import type { WebhookSecretStore } from './webhooks/secret-store';
import type { SharedState } from './state/shared-state';
import type { CredentialResolver } from './credentials/resolver';
import type { ClientTokens } from './credentials/client-tokens';
import type { Clock } from './lib/clock';
import type { PayoutBatchIndex } from './domain/pix-payouts/batch-index';

/**
 * What authenticated the caller. Server keys (API_KEYS) live on servers; the browser kinds that
 * issue 24 adds (client tokens, publishable keys, OIDC sign-in) are narrower and may be limited
 * to trusted documents and their own origins. `open`: no API_KEYS (sandbox), nobody authenticated.
 */
export type CredentialKind = 'open' | 'server-key' | 'client-token' | 'publishable-key' | 'oidc';

export interface ClientIdentity {
  clientId: string;
  scopes: ReadonlySet<string>;
  kind: CredentialKind;
  /** Client tokens: the one object (global id) the token unlocks (src/credentials/client-tokens.ts). */
  subjectId?: string;
  /** Credentials that expire (client tokens): when, in epoch milliseconds; graphql-ws closes the socket then. */
  expiresAt?: number;
  /** Browser credentials bound to origins: the only `Origin`s they are accepted from. */
  origins?: readonly string[];
  /** Publishable keys: the caller's address, for the per-address budget (src/credentials/publishable-limits.ts). */
  address?: string;
}

/** Process-wide services, built once at start-up and shared by every request. */
export interface Services {
  config: Config;
  logger: Logger;
  /** (provider, capability) → port, or NOT_SUPPORTED: every family reaches its providers here. */
  ports: PortRegistry;
  /** Fresh per-request loaders of every family (families.ts). */
  createLoaders: () => Loaders;
  /** How `node(id:)` fetches each global-id type, from every family (families.ts). */
  nodeFetchers: ReadonlyMap<string, NodeFetcher>;
  idempotency: IdempotencyGuard;
  /** "Now" for every date rule: the simulators' clock in sandbox mode, the system clock otherwise. */
  clock: Clock;
  bus: EventBus;
  relay: WebhookRelay;
  metrics: Metrics;
  /**
   * Starts watching a subject for providers without webhooks (polling); returns the function that
   * stops it. Absent or returning undefined when nothing needs polling.
   */
  watchSubject?: (provider: ProviderCode, globalId: string, providerId: string, options?: { background?: boolean }) => (() => void) | undefined;
  /**
   * Background watching (events/background-watch.ts): puts a subject on the durable watch list
   * until `until`, so it is polled with or without subscribers, on one instance, across restarts.
   */
  keepWatching?: (globalId: string, until: Date) => void;
  /** Secrets of Paygraph's own webhook URLs (`/webhooks/<provider>/<secret>`); never returned or logged. */
  webhookSecrets: WebhookSecretStore;
  /** Which payout batches each client created (Astra cannot list them), in the shared state. */
  payoutBatches: PayoutBatchIndex;
  /** Public base URL of this server: PUBLIC_URL, or in sandbox mode its own address once listening. */
  publicUrl: () => string | undefined;
  /** Where shared state lives: Redis (REDIS_URL) or this process's memory. */
  state: SharedState;
  /** Sandbox-only controls (present only in sandbox mode). */
  sandbox?: SandboxControls;
  /** Credentials other than server keys (OIDC sign-in, issue 24), asked in order after the server keys. */
  credentialResolvers?: readonly CredentialResolver[];
  /** Issues and verifies client tokens (issue 24); absent when disabled (production without CLIENT_TOKEN_KEYS). */
  clientTokens?: ClientTokens;
}

export interface SandboxControls {
  /** Pays a charge at the provider simulator, which then delivers its real webhook. */
  payPixCharge(provider: ProviderCode, txid: string, payer?: { name: string; document: string }): Promise<boolean>;
  /**
   * The sandbox clock (the first provider module whose simulator offers one, `sandbox.clock` in
   * src/provider-module.ts: Astra's): date rules follow it, so Paygraph and the simulator agree on "tomorrow".
   */
  now?(): Date;
  /** Moves the sandbox clock forward (scheduled debits fall due); returns the new time. */
  advanceClock?(ms: number): Date;
}

export interface GraphQLContext {
  requestId: string;
  client: ClientIdentity;
  /** The trusted document's sha256 when the operation was sent by hash (src/edge/trusted-documents.ts). */
  documentId?: string;
  logger: Logger;
  loaders: Loaders;
  services: Services;
}

// Open sandbox mode (no API_KEYS): the simulator moves no real money, so payouts and card mutations are open too,
// and so is webhook management (the simulator's registrations reach no real receiver).
export const OPEN_CLIENT: ClientIdentity = { clientId: 'anonymous', kind: 'open', scopes: new Set(['read', 'write', 'payouts', 'cards', 'webhooks']) };

/**
 * The per-request context of an authenticated caller, with fresh loaders. Who the caller is comes
 * from the credential chain (src/credentials/chain.ts), run by the transport.
 */
export function createContext(services: Services, client: ClientIdentity, headers: { requestId?: string } = {}): GraphQLContext {
  const requestId = sanitizeRequestId(headers.requestId) ?? randomUUID();
  return {
    requestId,
    client,
    logger: services.logger.child({ requestId, clientId: client.clientId }),
    loaders: services.createLoaders(),
    services,
  };
}

/** The server key (API_KEYS) equal to `presented`, as an identity; null when none is. */
export function serverKeyIdentity(keys: ApiKey[], presented: string): ClientIdentity | null {
  const match = keys.find((candidate) => constantTimeEqual(candidate.key, presented));
  return match ? { clientId: match.clientId, kind: 'server-key', scopes: new Set(match.scopes) } : null;
}

export function constantTimeEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  // Compare against itself on length mismatch so timing does not reveal the length.
  return a.length === b.length ? timingSafeEqual(a, b) : (timingSafeEqual(a, a), false);
}

/** A caller-supplied request id is echoed only when it is short and plain (it ends up in logs). */
function sanitizeRequestId(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9._-]{1,64}$/.test(value) ? value : undefined;
}
