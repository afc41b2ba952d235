import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PixCharge, PixChargeConnection } from '../schema/pix-charge.type';
import { RefundConnection } from '../schema/refund.type';
import { CreatePixChargeInput, PixChargeFilter } from '../schema/pix-charge.inputs';
import { CreatePixChargePayload } from '../schema/pix-charge.payloads';
import { PaymentProvider } from '../schema/enums';
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
  @Query(() => PixChargeConnection, { description: 'Pix charges of one provider, newest first (Relay connection; `first` at most 100).' })
  async pixCharges(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PixChargeFilter, { nullable: true }) filter?: PixChargeFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<unknown> {
    const provider = providerFor(ctx.services.pix, filter?.provider ?? PaymentProvider.ASTRA);
    const offset = offsetFromCursor(after);
    const query = chargeListQuery(provider, filter, offset, checkFirst(first));
    const page = await provider.listCharges(query);
    // Later reads of these charges in the same operation (node, Refund.charge) hit the loader cache.
    for (const charge of page.items) ctx.loaders.pixCharge.prime(loaderKey(charge.provider, charge.txid), charge);
    return toConnection(page, offset);
  }

  @Authorized('write')
  @Mutation(() => CreatePixChargePayload, { description: 'Creates a Pix charge (dynamic QR code). Validated before any provider call; send `idempotencyKey` to make retries safe.' })
  createPixCharge(@Arg('input', () => CreatePixChargeInput) input: CreatePixChargeInput, @Ctx() ctx: GraphQLContext): Promise<unknown> {
    return createPixCharge(input, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The BR Code as an SVG QR code, rendered locally (no third-party service).' })
  qrCodeSvg(@Root() charge: PixChargeRecord): Promise<string | null> | null {
    return charge.brCode ? renderQrSvg(charge.brCode) : null;
  }

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
