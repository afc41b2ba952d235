import { Arg, Authorized, Ctx, Extensions, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PixCharge } from '../../schema/pix-charges/pix-charge.type';
import { PartyInput } from '../../schema/pix-charges/pix-charge.inputs';
import { UserError } from '../../schema/user-error.type';
import { InvalidScalarInput } from '../../schema/scalars/invalid-scalar-input';
import type { GraphQLContext } from '../../context';
import type { PixChargeRecord } from '../../domain/pix-charges/model';
import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey } from '../../domain/loaders';
import { userError, UserErrorCode, type UserErrorShape } from '../../domain/user-errors';

@InputType({ description: 'Sandbox only: pay a charge as if a payer scanned its QR code.' })
export class SimulatePixChargePaymentInput {
  @Field(() => ID, { description: 'Global id of an ACTIVE PixCharge.' })
  chargeId!: string;

  @Field(() => PartyInput, { nullable: true, description: 'Who pays (default: the debtor, or a test payer).' })
  payer?: PartyInput;
}

@ObjectType({ description: 'Result of simulatePixChargePayment.' })
export class SimulatePixChargePaymentPayload {
  @Field(() => PixCharge, { nullable: true, description: 'The charge after payment, re-read from the provider.' })
  pixCharge!: PixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix.' })
  userErrors!: UserError[];
}

type Payload = { pixCharge: PixChargeRecord | null; userErrors: UserErrorShape[] };
const failed = (field: string[], code: UserErrorCode, message: string): Payload => ({ pixCharge: null, userErrors: [userError(field, code, message)] });

/** Present in the schema only in sandbox mode: it drives the real webhook → subscription path. */
@Resolver()
export class SandboxResolver {
  @Authorized('write')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => SimulatePixChargePaymentPayload, {
    description:
      'SANDBOX ONLY. The provider simulator marks the charge paid and delivers its real webhook to Paygraph, which confirms it and publishes PIX_CHARGE_PAID to subscribers.',
  })
  async simulatePixChargePayment(@Arg('input', () => SimulatePixChargePaymentInput) input: SimulatePixChargePaymentInput, @Ctx() ctx: GraphQLContext): Promise<Payload> {
    const id = decodeGlobalId(input.chargeId);
    if (!id || id.type !== 'PixCharge') return failed(['input', 'chargeId'], UserErrorCode.INVALID, 'chargeId is not a PixCharge id.');
    const document = input.payer?.document;
    if (document instanceof InvalidScalarInput) return failed(['input', 'payer', 'document'], UserErrorCode.INVALID, `document ${document.reason}`);
    const payer = input.payer && document ? { name: input.payer.name ?? 'PAGADOR TESTE', document: document.value } : undefined;
    const paid = await ctx.services.sandbox!.payPixCharge(id.provider, id.providerId, payer);
    if (!paid) return failed(['input', 'chargeId'], UserErrorCode.INVALID_STATE, 'Only an existing ACTIVE charge can be paid.');
    const charge = await ctx.loaders.pixCharge.load(loaderKey(id.provider, id.providerId));
    return { pixCharge: charge, userErrors: [] };
  }
}
