import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthorizationError as TypeGraphqlForbidden, AuthenticationError as TypeGraphqlUnauthorized } from 'type-graphql';
import { ErrorCode } from './codes';
import { BadUserInputError, PaygraphError } from './domain-errors';

/** Codes Apollo/graphql-js assign to request problems; they are safe to pass through as they are. */
const PASS_THROUGH = new Set(['UNAUTHENTICATED', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

export const MASKED_MESSAGE = 'Internal server error. Quote the requestId to support.';

/**
 * The one place domain errors become GraphQL `extensions` (DESIGN §3). Paygraph errors keep
 * their safe message and code plus upstream references; graphql-js request errors pass through;
 * everything else (bugs, library errors) is masked: code INTERNAL_SERVER_ERROR, no message,
 * no stack. The request id is added by the request-log plugin, which sees the context.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
        ...(d.providerCode !== undefined ? { providerCode: d.providerCode } : {}),
        ...(d.upstreamTransactionId ? { upstreamTransactionId: d.upstreamTransactionId } : {}),
        ...(d.retryable !== undefined ? { retryable: d.retryable } : {}),
      },
    };
  }
  if (original instanceof TypeGraphqlUnauthorized) return { ...base, message: 'Authentication required.', extensions: { code: ErrorCode.UNAUTHENTICATED } };
  if (original instanceof TypeGraphqlForbidden) {
    return { ...base, message: 'This API key lacks the scope this field needs.', extensions: { code: ErrorCode.FORBIDDEN } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return { ...base, extensions: { code } };
  return { ...base, message: MASKED_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** True when formatError masked this error: the plugin logs those in full, server-side only. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof PaygraphError || original instanceof TypeGraphqlUnauthorized || original instanceof TypeGraphqlForbidden) return false;
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return !(typeof code === 'string' && PASS_THROUGH.has(code));
}
