import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PaymentLink } from '../../schema/payment-links/payment-link.type';
import type { GraphQLContext } from '../../context';
import { mapAsyncIterator } from '../../events/map-async-iterator';
import { decodeGlobalId } from '../../lib/global-id';
import { BadUserInputError } from '../../errors/domain-errors';
import { loaderKey } from '../../domain/loaders';
import { paymentLinkMovedOn } from '../../domain/payment-links/progress';
import type { PaymentLinkRecord } from '../../domain/payment-links/model';
import { currentThenChanges } from '../current-then-changes';
import { requireRead } from '../require-read';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

@Resolver(() => PaymentLink)
export class PaymentLinkUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PaymentLink, {
    description:
      'The link as it is now (read from the provider when you subscribe), then again when it changes (paid, expired, cancelled), as re-fetched from the provider. ' +
      'Nothing that happens between subscribing and the first message is missed, and no message repeats or goes back to an older state. ' +
      'An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      requireRead(context);
      const decoded = decodeGlobalId(args.id);
      if (!decoded || decoded.type !== 'PaymentLink') throw new BadUserInputError('id is not a PaymentLink id.', ['id']);
      // Subscribe before reading: a change published during the read is queued, not lost.
      const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as PaymentLinkRecord);
      return context.loaders.paymentLink.load(loaderKey(decoded.provider, decoded.providerId)).then(
        (current) => currentThenChanges(current, live, paymentLinkMovedOn),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
    },
  })
  paymentLinkUpdated(@Root() link: PaymentLinkRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PaymentLinkRecord {
    return link;
  }
}
