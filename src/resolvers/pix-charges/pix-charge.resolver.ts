import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PixCharge, PixChargeConnection } from '../../schema/pix-charges/pix-charge.type';
import { CreatePixChargeInput, PixChargeFilter } from '../../schema/pix-charges/pix-charge.inputs';
import { CreatePixChargePayload } from '../../schema/pix-charges/create-pix-charge.payload';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import type { GraphQLContext } from '../../context';
import type { PixChargeRecord } from '../../domain/pix-charges/model';
import { PIX_CHARGE_LIST } from '../../domain/pix-charges/port';
import { createPixCharge, type CreatePixChargeResult } from '../../domain/pix-charges/create-pix-charge';
import { chargeListQuery } from '../../domain/pix-charges/list-query';
import { loaderKey } from '../../domain/loaders';
import { renderQrSvg } from '../../lib/qr-code';
import { listConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { listPort } from '../list-port';

@Resolver(() => PixCharge)
export class PixChargeResolver {
  @Authorized('read')
  // A window of `first` charges at any offset spans at most 2 provider pages.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => PixChargeConnection, { nullable: true, description: 'Pix charges of one provider, newest first (Relay connection; `first` at most 100).' })
  async pixCharges(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PixChargeFilter, { nullable: true }) filter?: PixChargeFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<PixChargeRecord>> {
    const provider = listPort(ctx, PIX_CHARGE_LIST, filter?.provider ?? DEFAULT_PROVIDER, ['filter', 'provider']);
    return listConnection(
      { first, after },
      ({ offset, limit }) => provider.listCharges(chargeListQuery(provider, filter, offset, limit)),
      // Later reads of these charges in the same operation (node, Refund.charge) hit the loader cache.
      (charge) => ctx.loaders.pixCharge.prime(loaderKey(charge.provider, charge.txid), charge),
    );
  }

  @Authorized('write')
  // The POST, plus a GET to learn the outcome when the POST's answer was lost (money safety).
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CreatePixChargePayload, {
    description: 'Creates a Pix charge (dynamic QR code). Validated before any provider call; send `idempotencyKey` to make retries safe.',
  })
  createPixCharge(@Arg('input', () => CreatePixChargeInput) input: CreatePixChargeInput, @Ctx() ctx: GraphQLContext): Promise<CreatePixChargeResult> {
    return createPixCharge(input, useCaseDeps(ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The BR Code as an SVG QR code, rendered locally (no third-party service).' })
  qrCodeSvg(@Root() charge: PixChargeRecord): Promise<string | null> | null {
    return charge.brCode ? renderQrSvg(charge.brCode) : null;
  }
}
