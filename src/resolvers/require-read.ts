import type { GraphQLContext } from '../context';
import { ForbiddenError } from '../errors/domain-errors';

/** Checked in each subscription's `subscribe`, so a key without the read scope is refused before anything is streamed. */
export function requireRead(context: GraphQLContext): void {
  if (!context.client.scopes.has('read')) throw new ForbiddenError('This API key lacks the read scope.');
}
