import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../context';

/**
 * `@Authorized('write')` passes when the calling API key has every listed scope. A refusal is
 * logged at warn (the request logger names the client): an attempt beyond a key's scopes, e.g. a
 * shop key trying to move webhooks, is what an audit looks for.
 */
export const scopeAuthChecker: AuthChecker<GraphQLContext> = ({ context, info }, scopes) => {
  const allowed = scopes.every((scope) => context.client.scopes.has(scope));
  if (!allowed) {
    context.logger.warn(
      {
        event: 'scope_refused',
        field: `${info.parentType.name}.${info.fieldName}`,
        requiredScopes: scopes,
        missingScopes: scopes.filter((scope) => !context.client.scopes.has(scope)),
      },
      'Operation refused: the API key lacks a scope',
    );
  }
  return allowed;
};
