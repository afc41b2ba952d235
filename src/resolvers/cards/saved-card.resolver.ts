import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { SavedCard, SavedCardConnection } from '../../schema/cards/saved-card.type';
import { DeleteSavedCardInput, SaveCardInput } from '../../schema/cards/card.inputs';
import { DeleteSavedCardPayload, SaveCardPayload } from '../../schema/cards/card.payloads';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER, PaymentProvider } from '../../providers';
import type { GraphQLContext } from '../../context';
import type { SavedCardRecord } from '../../domain/cards/model';
import { CARDS } from '../../domain/cards/port';
import { deleteSavedCard, saveCard, type SavedCardResult } from '../../domain/cards/saved-cards';
import { loaderKey } from '../../domain/loaders';
import { useCaseDeps } from '../use-case-deps';
import { listConnection } from '../pagination';
import { listPort } from '../list-port';

@Resolver(() => SavedCard)
export class SavedCardResolver {
  @Authorized('read')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => SavedCardConnection, { nullable: true, description: 'Cards saved (tokenized) at a provider, newest first.' })
  async savedCards(
    @Ctx() ctx: GraphQLContext,
    @Arg('provider', () => PaymentProvider, { nullable: true }) provider?: PaymentProvider,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<SavedCardRecord>> {
    return listConnection(
      { first, after },
      ({ offset, limit }) => listPort(ctx, CARDS, provider ?? DEFAULT_PROVIDER, ['provider']).listSavedCards(offset, limit),
      (item) => ctx.loaders.savedCard.prime(loaderKey(item.provider, item.token), item),
    );
  }

  @Authorized('write', 'cards')
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Mutation(() => SaveCardPayload, { description: 'Tokenizes a card at the provider (no CVV; nothing of the card is kept by Paygraph). Needs the `cards` scope.' })
  saveCard(@Arg('input', () => SaveCardInput) input: SaveCardInput, @Ctx() ctx: GraphQLContext): Promise<SavedCardResult> {
    return saveCard(input, useCaseDeps(ctx));
  }

  @Authorized('write', 'cards')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => DeleteSavedCardPayload, { description: 'Deletes a saved card at the provider. Needs the `cards` scope.' })
  deleteSavedCard(@Arg('input', () => DeleteSavedCardInput) input: DeleteSavedCardInput, @Ctx() ctx: GraphQLContext): Promise<SavedCardResult> {
    return deleteSavedCard(input, useCaseDeps(ctx));
  }

  // The provider's id under the one name every type uses (SavedCard is not a PaymentObject).
  @FieldResolver(() => String, { description: "The provider's id for the card: its card token (the same as the deprecated `token`)." })
  providerId(@Root() card: SavedCardRecord): string {
    return card.token;
  }
}
