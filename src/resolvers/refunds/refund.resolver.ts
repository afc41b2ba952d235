import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PixRefund, RefundConnection } from '../../schema/refunds/refund.type';
import { PixCharge } from '../../schema/pix-charges/pix-charge.type';
import { RefundPixChargeInput } from '../../schema/refunds/refund-pix-charge.input';
import { RefundPixChargePayload } from '../../schema/refunds/refund-pix-charge.payload';
import type { ConnectionShape } from '../../schema/connection';
import type { GraphQLContext } from '../../context';
import type { PixChargeRecord } from '../../domain/pix-charges/model';
import { CHARGE_CAN_HAVE_REFUNDS, FINAL_REFUND_STATUSES, type PixRefundRecord } from '../../domain/refunds/model';
import { PIX_REFUNDS } from '../../domain/refunds/port';
import { refundPixCharge, type RefundPixChargeResult } from '../../domain/refunds/refund-pix-charge';
import { loaderKey } from '../../domain/loaders';
import { sliceToConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { REFUND_WATCH_MS } from './watch';

@Resolver(() => PixRefund)
export class PixRefundResolver {
  @Authorized('write')
  // Read the charge, its refunds (refundable remainder), then the POST; plus an outcome check.
  @Extensions({ [UPSTREAM_COST]: { perParent: 4 } })
  @Mutation(() => RefundPixChargePayload, {
    description:
      'Refunds all (amount omitted) or part of a paid Pix charge. Checks the refundable remainder before asking the provider; send `idempotencyKey` so a retry never refunds twice. The refund is then watched until it is final: PIX_CHARGE_REFUNDED when it completes, REFUND_FAILED when it fails.',
  })
  async refundPixCharge(@Arg('input', () => RefundPixChargeInput) input: RefundPixChargeInput, @Ctx() ctx: GraphQLContext): Promise<RefundPixChargeResult> {
    const result = await refundPixCharge(input, useCaseDeps(ctx));
    // Watched until final (watch.ts): a failure has no webhook. On the durable watch list
    // (events/background-watch.ts), so one instance polls it and a restart does not forget it; a
    // repeat of the mutation finds it listed already.
    if (result.refund && !FINAL_REFUND_STATUSES.has(result.refund.status)) {
      ctx.services.keepWatching?.(result.refund.id, new Date(ctx.services.clock.now().getTime() + REFUND_WATCH_MS));
    }
    return result;
  }

  // Under PixCharge.refunds the charge is the parent, already in the request's loader: free.
  @Extensions({ [UPSTREAM_COST]: { perParent: 1, freeUnder: 'refunds' } })
  @FieldResolver(() => PixCharge, { description: 'The refunded charge (current state).' })
  charge(@Root() refund: PixRefundRecord, @Ctx() ctx: GraphQLContext): Promise<PixChargeRecord> {
    return ctx.loaders.pixCharge.load(loaderKey(refund.provider, refund.chargeTxid));
  }
}

/** The refunds family adds `refunds` to PixCharge: the charge family itself knows nothing of refunds. */
@Resolver(() => PixCharge)
export class PixChargeRefundsResolver {
  // One DataLoader batch per level: a refund scan page, and in the worst case (window too large
  // to scan) the per-charge fallback, one list call per charge (datasources/astra/refunds/refund-scan.ts).
  @Extensions({ [UPSTREAM_COST]: { perBatch: 1, perParent: 1, itemsFrom: 'first' } })
  @FieldResolver(() => RefundConnection, {
    description: 'Refunds of this charge, oldest first. Batched across charges: a list of charges with their refunds costs a bounded number of provider calls.',
  })
  async refunds(
    @Root() charge: PixChargeRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<PixRefundRecord>> {
    // A provider without refunds, or a charge that was never paid, has none: no provider call at all.
    if (!ctx.services.ports.find(PIX_REFUNDS, charge.provider) || !CHARGE_CAN_HAVE_REFUNDS.has(charge.status)) return sliceToConnection([], first, after);
    const refunds = await ctx.loaders.refundsOfCharge.load({ provider: charge.provider, txid: charge.txid, createdAt: charge.createdAt });
    const oldestFirst = [...refunds].sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
    return sliceToConnection(oldestFirst, first, after);
  }
}
