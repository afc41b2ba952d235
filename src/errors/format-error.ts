import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthorizationError as TypeGraphqlForbidden, AuthenticationError as TypeGraphqlUnauthorized } from 'type-graphql';
import { ErrorCode } from './codes';
import { BadUserInputError, PaygraphError } from './domain-errors';
import { withoutEchoedValues } from './no-echo';

/** Codes Apollo/graphql-js assign to request problems; they are safe to pass through as they are. */
const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  // Credential admission (src/credentials/admission.ts): what a browser credential may not run.
  'FORBIDDEN',
  'COST_LIMIT',
  'RATE_LIMITED',
  'SUBSCRIPTION_LIMIT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Trusted documents (src/edge/trusted-documents.ts).
  'PERSISTED_QUERY_HASH_MISMATCH',
  'TRUSTED_DOCUMENT_REQUIRED',
  'CREDENTIALS_UNAVAILABLE',
]);

export const MASKED_MESSAGE = 'Internal server error. Quote the requestId to support.';

/**
 * The one place domain errors become GraphQL `extensions` (docs/frontend-guide.md, "Errors"). Paygraph errors keep
 * their safe message and code plus upstream references; graphql-js request errors pass through;
 * everything else (bugs, library errors) is masked: code INTERNAL_SERVER_ERROR, no message,
 * no stack. The request id is added by the request-log plugin, which sees the context.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatErrorWith({ hideSuggestions: false })(formatted, error);
}

/**
 * formatError for the edge policy (src/edge/graphql-policy.ts). `hideSuggestions` (production)
 * strips graphql-js's "Did you mean …?" hints for fields, arguments, enum values and types from
 * every message, validation and variable coercion alike, on both transports.
 */
export function formatErrorWith(options: { hideSuggestions: boolean }): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  if (!options.hideSuggestions) return formatOne;
  return (formatted, error) => {
    const result = formatOne(formatted, error);
    return { ...result, message: withoutSuggestions(result.message) };
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** Extensions a request-level refusal carries to the client besides its code (COST_LIMIT, RATE_LIMITED, CREDENTIALS_UNAVAILABLE). */
const PASS_THROUGH_DETAILS = ['cost', 'limit', 'retryAfterSeconds', 'retryable'] as const;

function formatOne(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof PaygraphError) {
    const d = original.details;
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original instanceof BadUserInputError && original.field ? { field: original.field } : {}),
        ...(d.provider ? { provider: d.provider } : {}),
        ...(d.filter ? { filter: d.filter } : {}),
        ...(d.providerCode !== undefined ? { providerCode: d.providerCode } : {}),
        ...(d.upstreamTransactionId ? { upstreamTransactionId: d.upstreamTransactionId } : {}),
        ...(d.retryable !== undefined ? { retryable: d.retryable } : {}),
        ...(d.retryAfterSeconds !== undefined ? { retryAfterSeconds: d.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof TypeGraphqlUnauthorized) return { ...base, message: 'Authentication required.', extensions: { code: ErrorCode.UNAUTHENTICATED } };
  if (original instanceof TypeGraphqlForbidden) {
    return { ...base, message: 'This API key lacks the scope this field needs.', extensions: { code: ErrorCode.FORBIDDEN } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const details = Object.fromEntries(PASS_THROUGH_DETAILS.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [key, formatted.extensions![key]]));
    // Coercion and validation messages quote input values (card numbers too): never echoed.
    return { ...base, message: withoutEchoedValues(base.message), extensions: { code, ...details } };
  }
  return { ...base, message: MASKED_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** True when formatError masked this error: the plugin logs those in full, server-side only. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof PaygraphError || original instanceof TypeGraphqlUnauthorized || original instanceof TypeGraphqlForbidden) return false;
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return !(typeof code === 'string' && PASS_THROUGH.has(code));
}
