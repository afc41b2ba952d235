import { Arg, Authorized, Ctx, Extensions, Mutation, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { CreateClientTokenInput, CreateClientTokenPayload } from '../schema/client-tokens/client-token.types';
import type { GraphQLContext } from '../context';
import { createClientToken, type CreateClientTokenResult } from '../credentials/create-client-token';

@Resolver()
export class ClientTokenResolver {
  @Authorized('write')
  // One read: the subject must exist.
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Mutation(() => CreateClientTokenPayload, {
    description:
      'Issues a client token for one object, for a browser page that shows it (docs/frontend-guide.md). Needs `write`. Every issuance is written to the audit log (client, subject, TTL, key id, token id; never the token). NOT_SUPPORTED when client tokens are disabled (production without CLIENT_TOKEN_KEYS).',
  })
  createClientToken(@Arg('input', () => CreateClientTokenInput) input: CreateClientTokenInput, @Ctx() ctx: GraphQLContext): Promise<CreateClientTokenResult> {
    return createClientToken(input, ctx);
  }
}
