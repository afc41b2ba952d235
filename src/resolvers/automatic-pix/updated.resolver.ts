import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { updatedSubscription } from '../updated-subscription';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { AutomaticPixAuthorization } from '../../schema/automatic-pix/authorization.type';
import { AutomaticPixPayment } from '../../schema/automatic-pix/payment.type';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from '../../domain/automatic-pix/model';
import { authorizationMovedOn, paymentMovedOn } from '../../domain/automatic-pix/progress';

const NOTE =
  'No need to read it separately: nothing between subscribing and the first message is missed, and no message repeats or goes back. An unknown id ends the subscription with NOT_FOUND.';

@Resolver()
export class AutomaticPixUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => AutomaticPixAuthorization, {
    description: `The authorization as it is now, then again each time its status changes (approved, rejected…), polled from the provider (one poller per authorization however many subscribers). ${NOTE}`,
    subscribe: updatedSubscription<AutomaticPixAuthorizationRecord>({
      type: 'AutomaticPixAuthorization',
      loader: (loaders) => loaders.automaticPixAuthorization,
      movedOn: authorizationMovedOn,
      watch: true,
    }),
  })
  automaticPixAuthorizationUpdated(
    @Root() authorization: AutomaticPixAuthorizationRecord,
    @Arg('id', () => ID) _id: string,
    @Ctx() _ctx: GraphQLContext,
  ): AutomaticPixAuthorizationRecord {
    return authorization;
  }

  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => AutomaticPixPayment, {
    description: `The payment as it is now, then again each time it changes (paid, failed, rescheduled by a retry), polled from the provider (one poller per payment however many subscribers). ${NOTE}`,
    subscribe: updatedSubscription<AutomaticPixPaymentRecord>({
      type: 'AutomaticPixPayment',
      loader: (loaders) => loaders.automaticPixPayment,
      movedOn: paymentMovedOn,
      watch: true,
    }),
  })
  automaticPixPaymentUpdated(@Root() payment: AutomaticPixPaymentRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): AutomaticPixPaymentRecord {
    return payment;
  }
}
