import { Arg, Authorized, Ctx, Extensions, ID, Query, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { Node } from '../schema/node.interface';
import { decodeGlobalId } from '../lib/global-id';
import { ForbiddenError, ProviderNotFoundError, BadUserInputError } from '../errors/domain-errors';
import type { GraphQLContext } from '../context';
import type { NodeRecord } from '../family';

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Authorized('read')
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id (current state, from the provider). Null when the provider does not know it.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<NodeRecord | null> {
    onlyOwnSubject(ctx, [id]);
    return fetchNode(ctx, id);
  }

  @Authorized('read')
  // One GET per id (no provider has a batch read); the cap is enforced before execution too.
  @Extensions({ [UPSTREAM_COST]: { perItemOf: 'ids', maxItems: MAX_NODES, itemsFrom: 'ids' } })
  @Query(() => [Node], { nullable: 'items', description: `Fetches up to ${MAX_NODES} objects by global id, in the same order; null for unknown ones.` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<(NodeRecord | null)[]> {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`ids: at most ${MAX_NODES} per call.`, ['ids']);
    onlyOwnSubject(ctx, ids);
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}

/**
 * A client token reads only its subject. The edge refuses anything else before execution
 * (src/credentials/admission.ts); this is the second line, where the read happens.
 */
function onlyOwnSubject(ctx: GraphQLContext, ids: readonly string[]): void {
  if (ctx.client.kind === 'client-token' && ids.some((id) => id !== ctx.client.subjectId)) {
    throw new ForbiddenError('A client token may only read its own object.');
  }
}

export async function fetchNode(ctx: GraphQLContext, id: string): Promise<NodeRecord | null> {
  const decoded = decodeGlobalId(id);
  // Each family registers the global-id types it owns (families.ts).
  const fetcher = decoded ? ctx.services.nodeFetchers.get(decoded.type) : undefined;
  if (!decoded || !fetcher) throw new BadUserInputError('id is not a Paygraph global id.', ['id']);
  try {
    return await fetcher(ctx, decoded.provider, decoded.providerId);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return null;
    throw error;
  }
}
