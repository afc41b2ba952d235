import type { ProviderCode } from '../providers';
import { ErrorCode } from './codes';

export interface PaygraphErrorDetails {
  provider?: ProviderCode;
  /** The provider's own error code (Astra `errorCode`, Pagstar HTTP status), for support. */
  providerCode?: string | number;
  /** The `x-transaction-id` Paygraph sent upstream: quote it to the provider's support. */
  upstreamTransactionId?: string;
  /** Upstream HTTP status, when there was one. */
  httpStatus?: number;
  /** Whether trying again later may succeed. */
  retryable?: boolean;
  /** When trying again makes sense, at the earliest (seconds from now). */
  retryAfterSeconds?: number;
}

/**
 * Base of every error Paygraph raises on purpose. Its `message` is safe to show to clients:
 * it never contains a provider response body, a token or a secret. `formatError` turns it into
 * `extensions`; anything that is not a PaygraphError is masked as INTERNAL_SERVER_ERROR.
 */
export class PaygraphError extends Error {
  readonly code: ErrorCode;
  readonly details: PaygraphErrorDetails;

  constructor(code: ErrorCode, message: string, details: PaygraphErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/**
 * The provider could not be reached, timed out, or answered 5xx/429. Retryable.
 * `requestSent` is false only when the request provably never reached the provider (connection
 * refused, DNS or TLS failure, no time left before the first attempt): a money-moving attempt that
 * failed that way did nothing, and its idempotency key stays usable (docs/idempotency.md).
 */
export class ProviderUnavailableError extends PaygraphError {
  readonly requestSent: boolean;

  constructor(message: string, details: PaygraphErrorDetails, options?: { cause?: unknown; requestSent?: boolean }) {
    super(ErrorCode.PROVIDER_UNAVAILABLE, message, { retryable: true, ...details }, options);
    this.requestSent = options?.requestSent ?? true;
  }
}

/**
 * An earlier attempt with this idempotency key got no answer and may still be completing at the
 * provider. Until its completion horizon has passed, a repeat makes no provider write; it answers
 * this, with when to try again (docs/idempotency.md, "The in-flight window"). Retryable.
 */
export class OutcomePendingError extends PaygraphError {
  constructor(message: string, retryAfterSeconds: number, details: PaygraphErrorDetails = {}) {
    super(ErrorCode.OUTCOME_PENDING, message, { retryable: true, retryAfterSeconds, ...details });
  }
}

/**
 * The provider refused the request (4xx other than 401/404). `providerMessages` are the
 * provider's human-readable validation messages (never the raw body); mutations surface them
 * as a PROVIDER_REJECTED user error.
 */
export class ProviderRejectedError extends PaygraphError {
  /** The mutation input field the provider's refusal names, when the provider says (API Pix `violacoes`); else the whole input. */
  inputField?: string[];

  constructor(
    message: string,
    readonly providerMessages: string[],
    details: PaygraphErrorDetails,
  ) {
    super(ErrorCode.PROVIDER_REJECTED, message, { retryable: false, ...details });
  }
}

/** Paygraph's credentials were refused by the provider even after one token refresh. */
export class ProviderAuthError extends PaygraphError {
  constructor(message: string, details: PaygraphErrorDetails) {
    super(ErrorCode.PROVIDER_AUTH_FAILED, message, { retryable: false, ...details });
  }
}

/** The provider says the resource does not exist (404 on a path id). */
export class ProviderNotFoundError extends PaygraphError {
  constructor(message: string, details: PaygraphErrorDetails) {
    super(ErrorCode.NOT_FOUND, message, { retryable: false, ...details });
  }
}

/** Bad arguments outside a mutation payload (queries, ids, filters). */
export class BadUserInputError extends PaygraphError {
  constructor(
    message: string,
    readonly field?: string[],
  ) {
    super(ErrorCode.BAD_USER_INPUT, message);
  }
}

export class NotSupportedError extends PaygraphError {
  constructor(message: string, details: PaygraphErrorDetails = {}) {
    super(ErrorCode.NOT_SUPPORTED, message, details);
  }
}

export class UnauthenticatedError extends PaygraphError {
  constructor(message = 'A valid API key is required (Authorization: Bearer <key>).') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends PaygraphError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/**
 * The shared state store (Redis) cannot be read or written. Anything whose safety depends on it
 * (idempotency records, the webhook inbox) fails closed with this error instead of running
 * unguarded (docs/idempotency.md, docs/deploy.md). Retryable: the connection recovers by itself.
 */
export class StateUnavailableError extends PaygraphError {
  constructor(message = 'Shared state (Redis) is unavailable; try again shortly.', options?: { cause?: unknown }) {
    super(ErrorCode.STATE_UNAVAILABLE, message, { retryable: true }, options);
  }
}

/**
 * The operation has spent every provider call its cost estimate admitted (first attempts and
 * retries alike, src/datasources/http/provider-call-budget.ts), so this call was not sent: the
 * estimate is a ceiling even while a provider fails. Retryable: a later operation has a new budget.
 */
export class ProviderCallBudgetExhaustedError extends PaygraphError {
  /** Whether an earlier attempt of the refused call may have reached the provider (see ProviderUnavailableError). */
  readonly requestSent: boolean;

  constructor(message: string, details: PaygraphErrorDetails, requestSent = true) {
    super(ErrorCode.COST_BUDGET_EXHAUSTED, message, { retryable: true, ...details });
    this.requestSent = requestSent;
  }
}
