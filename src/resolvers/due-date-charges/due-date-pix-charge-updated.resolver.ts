import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { DueDatePixCharge } from '../../schema/due-date-charges/due-date-pix-charge.type';
import type { GraphQLContext } from '../../context';
import { dueDatePixChargeMovedOn } from '../../domain/due-date-charges/progress';
import type { DueDatePixChargeRecord } from '../../domain/due-date-charges/model';
import { updatedSubscription } from '../updated-subscription';

@Resolver(() => DueDatePixCharge)
export class DueDatePixChargeUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => DueDatePixCharge, {
    description:
      'The charge with a due date as it is now (read from the provider when you subscribe), then again each time it is paid (DUE_DATE_PIX_CHARGE_PAID, with what was paid), as re-fetched from the provider. ' +
      'Nothing between subscribing and the first message is missed, and no message repeats or goes back to an older state. An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: updatedSubscription({ type: 'DueDatePixCharge', loader: (loaders) => loaders.dueDatePixCharge, movedOn: dueDatePixChargeMovedOn }),
  })
  dueDatePixChargeUpdated(@Root() charge: DueDatePixChargeRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): DueDatePixChargeRecord {
    return charge;
  }
}
