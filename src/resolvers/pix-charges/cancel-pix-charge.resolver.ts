import { Arg, Authorized, Ctx, Extensions, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { cancelPixCharge, type CancelPixChargeResult } from '../../domain/pix-charges/cancel-pix-charge';
import type { PixChargeRecord, ReceivedPixRecord } from '../../domain/pix-charges/model';
import { PixCharge } from '../../schema/pix-charges/pix-charge.type';
import { CancelPixChargeInput } from '../../schema/pix-charges/cancel-pix-charge.input';
import { CancelPixChargePayload } from '../../schema/pix-charges/cancel-pix-charge.payload';
import { ReceivedPix } from '../../schema/pix-charges/received-pix.type';
import { useCaseDeps } from '../use-case-deps';

/** cancelPixCharge and PixCharge.payments: additions kept out of pix-charge.type.ts and its resolver. */
@Resolver(() => PixCharge)
export class PixChargeCancelResolver {
  @Authorized('write')
  // Read the charge, then the PATCH.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CancelPixChargePayload, {
    description: 'Cancels an ACTIVE (unpaid) Pix charge so it can no longer be paid. API Pix only (PATCH /cob/{txid}); Astra and Pagstar answer NOT_SUPPORTED.',
  })
  cancelPixCharge(@Arg('input', () => CancelPixChargeInput) input: CancelPixChargeInput, @Ctx() ctx: GraphQLContext): Promise<CancelPixChargeResult> {
    return cancelPixCharge(input, useCaseDeps(ctx));
  }

  // Carried by the charge itself: no provider call.
  @FieldResolver(() => [ReceivedPix], {
    nullable: true,
    description:
      'Every Pix received for this charge (payer, amount, time, end-to-end id), when the provider lists them (API Pix); null for providers that report only one payment (see payer, paidAt, endToEndId).',
  })
  payments(@Root() charge: PixChargeRecord): ReceivedPixRecord[] | null {
    return charge.payments ?? null;
  }
}
