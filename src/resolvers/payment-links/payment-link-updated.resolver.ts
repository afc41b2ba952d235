import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PaymentLink } from '../../schema/payment-links/payment-link.type';
import type { GraphQLContext } from '../../context';
import { paymentLinkMovedOn } from '../../domain/payment-links/progress';
import type { PaymentLinkRecord } from '../../domain/payment-links/model';
import { updatedSubscription } from '../updated-subscription';

@Resolver(() => PaymentLink)
export class PaymentLinkUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PaymentLink, {
    description:
      'The link as it is now (read from the provider when you subscribe), then again when it changes (paid, expired, cancelled), as re-fetched from the provider. ' +
      'Nothing that happens between subscribing and the first message is missed, and no message repeats or goes back to an older state. ' +
      'An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: updatedSubscription({ type: 'PaymentLink', loader: (loaders) => loaders.paymentLink, movedOn: paymentLinkMovedOn }),
  })
  paymentLinkUpdated(@Root() link: PaymentLinkRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PaymentLinkRecord {
    return link;
  }
}
