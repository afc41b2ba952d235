import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../context';

/** `@Authorized('write')` passes when the calling API key has every listed scope. */
export const scopeAuthChecker: AuthChecker<GraphQLContext> = ({ context }, scopes) => scopes.every((scope) => context.client.scopes.has(scope));
