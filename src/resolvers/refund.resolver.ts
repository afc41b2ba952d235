import { Arg, Authorized, Ctx, Extensions, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { Refund } from '../schema/refund.type';
import { PixCharge } from '../schema/pix-charge.type';
import { RefundPixChargeInput } from '../schema/pix-charge.inputs';
import { RefundPixChargePayload } from '../schema/pix-charge.payloads';
import type { GraphQLContext } from '../context';
import type { RefundRecord } from '../domain/models';
import { loaderKey } from '../datasources/loaders';
import { refundPixCharge } from './refund-pix-charge';

@Resolver(() => Refund)
export class RefundResolver {
  @Authorized('write')
  // Read the charge, its refunds (refundable remainder), then the POST; plus an outcome check.
  @Extensions({ [UPSTREAM_COST]: { perParent: 4 } })
  @Mutation(() => RefundPixChargePayload, {
    description:
      'Refunds all (amount omitted) or part of a paid Pix charge. Checks the refundable remainder before asking the provider; send `idempotencyKey` so a retry never refunds twice.',
  })
  refundPixCharge(@Arg('input', () => RefundPixChargeInput) input: RefundPixChargeInput, @Ctx() ctx: GraphQLContext): Promise<unknown> {
    return refundPixCharge(input, ctx);
  }

  // Under PixCharge.refunds the charge is the parent, already in the request's loader: free.
  @Extensions({ [UPSTREAM_COST]: { perParent: 1, freeUnder: 'refunds' } })
  @FieldResolver(() => PixCharge, { description: 'The refunded charge (current state).' })
  charge(@Root() refund: RefundRecord, @Ctx() ctx: GraphQLContext): Promise<unknown> {
    return ctx.loaders.pixCharge.load(loaderKey(refund.provider, refund.chargeTxid));
  }
}
