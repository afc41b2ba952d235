import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { isUnexpected } from '../errors/format-error';

/**
 * One log line per GraphQL operation (name, duration, error codes) with the request id, and the
 * request id added to every error's extensions so a client can quote it. Unexpected errors are
 * logged in full here (server side only); clients saw them masked by formatError.
 */
export function requestLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    // Apollo's hooks return promises; everything here is synchronous.
    requestDidStart({ contextValue }) {
      const started = performance.now();
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isUnexpected(error)) contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
          return Promise.resolve();
        },
        willSendResponse({ response, operationName, errors }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            for (const error of response.body.singleResult.errors) {
              (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
            }
          }
          response.http.headers.set('x-request-id', contextValue.requestId);
          // What Apollo's cache-control plugin (disabled in server.ts) sent for an answer without hints.
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          const codes = errors?.map((error) => error.extensions?.code).filter(Boolean);
          contextValue.logger.info(
            { operation: operationName ?? null, ms: Math.round((performance.now() - started) * 10) / 10, ...(codes?.length ? { errorCodes: codes } : {}) },
            'graphql',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
