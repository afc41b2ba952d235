/**
 * Stable codes for top-level GraphQL errors (`extensions.code`). Clients branch on these, so a
 * code is never renamed; add new ones instead. Caller-fixable problems in mutations are
 * `UserError`s (see `UserErrorCode` in the schema), not these.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  NOT_SUPPORTED: 'NOT_SUPPORTED',
  PROVIDER_UNAVAILABLE: 'PROVIDER_UNAVAILABLE',
  PROVIDER_REJECTED: 'PROVIDER_REJECTED',
  PROVIDER_AUTH_FAILED: 'PROVIDER_AUTH_FAILED',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The operation could make more provider calls than MAX_PROVIDER_CALLS (docs/security.md). */
  COST_LIMIT: 'COST_LIMIT',
  /** A graphql-ws cap (sockets or subscriptions per key, per socket, provider calls per event); `extensions.limit` (docs/security.md). */
  SUBSCRIPTION_LIMIT: 'SUBSCRIPTION_LIMIT',
  /**
   * The operation spent the provider calls it was admitted with (its cost estimate, retries
   * included); the affected field was not sent upstream again. Retryable.
   */
  COST_BUDGET_EXHAUSTED: 'COST_BUDGET_EXHAUSTED',
  /** Shared state (Redis) is unreachable; money-moving mutations fail closed. Retryable. */
  STATE_UNAVAILABLE: 'STATE_UNAVAILABLE',
  /**
   * An earlier attempt with this idempotencyKey may still be completing at the provider: nothing
   * was sent; send the same request again after `extensions.retryAfterSeconds` (docs/idempotency.md).
   */
  OUTCOME_PENDING: 'OUTCOME_PENDING',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The document hash (`documentId` / Apollo's persistedQuery) is not in TRUSTED_DOCUMENTS (docs/security.md, "Trusted documents"). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** The request sent a hash and a query text whose sha256 is another hash; nothing was run. */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** This credential may run only trusted documents, sent by hash; a full query text was refused. */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  /** A credential's issuer (the OIDC provider's discovery or keys) could not be reached; nothing ran. Retryable (HTTP 503). */
  CREDENTIALS_UNAVAILABLE: 'CREDENTIALS_UNAVAILABLE',
  /** This instance is shutting down and did not execute the request (HTTP 503 + Retry-After). Retry it. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
