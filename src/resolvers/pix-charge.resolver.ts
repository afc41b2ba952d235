import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { PixCharge, PixChargeConnection } from '../schema/pix-charge.type';
import { RefundConnection } from '../schema/refund.type';
import { CreatePixChargeInput, PixChargeFilter } from '../schema/pix-charge.inputs';
import { CreatePixChargePayload } from '../schema/pix-charge.payloads';
import { DEFAULT_PROVIDER } from '../providers';
import type { GraphQLContext } from '../context';
import type { PixChargeRecord } from '../domain/models';
import { CHARGE_CAN_HAVE_REFUNDS } from '../domain/models';
import { loaderKey, providerFor } from '../datasources/loaders';
import { renderQrSvg } from '../lib/qr-code';
import { checkFirst, offsetFromCursor, sliceToConnection, toConnection } from './pagination';
import { createPixCharge } from './create-pix-charge';
import { chargeListQuery } from './pix-charge-filter';

@Resolver(() => PixCharge)
export class PixChargeResolver {
  @Authorized('read')
  // A window of `first` charges at any offset spans at most 2 provider pages.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => PixChargeConnection, { description: 'Pix charges of one provider, newest first (Relay connection; `first` at most 100).' })
  async pixCharges(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PixChargeFilter, { nullable: true }) filter?: PixChargeFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<unknown> {
    const provider = providerFor(ctx.services.pix, filter?.provider ?? DEFAULT_PROVIDER);
    const offset = offsetFromCursor(after);
    const query = chargeListQuery(provider, filter, offset, checkFirst(first));
    const page = await provider.listCharges(query);
    // Later reads of these charges in the same operation (node, Refund.charge) hit the loader cache.
    for (const charge of page.items) ctx.loaders.pixCharge.prime(loaderKey(charge.provider, charge.txid), charge);
    return toConnection(page, offset);
  }

  @Authorized('write')
  // The POST, plus a GET to learn the outcome when the POST's answer was lost (money safety).
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CreatePixChargePayload, { description: 'Creates a Pix charge (dynamic QR code). Validated before any provider call; send `idempotencyKey` to make retries safe.' })
  createPixCharge(@Arg('input', () => CreatePixChargeInput) input: CreatePixChargeInput, @Ctx() ctx: GraphQLContext): Promise<unknown> {
    return createPixCharge(input, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The BR Code as an SVG QR code, rendered locally (no third-party service).' })
  qrCodeSvg(@Root() charge: PixChargeRecord): Promise<string | null> | null {
    return charge.brCode ? renderQrSvg(charge.brCode) : null;
  }

  // One DataLoader batch per level: a refund scan page, and in the worst case (window too large
  // to scan) the per-charge fallback, one list call per charge (datasources/astra/refund-scan.ts).
  @Extensions({ [UPSTREAM_COST]: { perBatch: 1, perParent: 1, itemsFrom: 'first' } })
  @FieldResolver(() => RefundConnection, { description: 'Refunds of this charge, oldest first. Batched across charges: a list of charges with their refunds costs a bounded number of provider calls.' })
  async refunds(
    @Root() charge: PixChargeRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<unknown> {
    const provider = ctx.services.pix.get(charge.provider);
    // A charge that was never paid cannot have refunds: no provider call at all.
    if (!provider?.capabilities.refunds || !CHARGE_CAN_HAVE_REFUNDS.has(charge.status)) return sliceToConnection([], first, after);
    const refunds = await ctx.loaders.refundsOfCharge.load({ provider: charge.provider, txid: charge.txid, createdAt: charge.createdAt });
    const oldestFirst = [...refunds].sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
    return sliceToConnection(oldestFirst, first, after);
  }
}
