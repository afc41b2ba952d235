import { Arg, Authorized, Ctx, Extensions, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { DueDatePixCharge } from '../../schema/due-date-charges/due-date-pix-charge.type';
import { UserError } from '../../schema/user-error.type';
import type { GraphQLContext } from '../../context';
import type { DueDatePixChargeRecord } from '../../domain/due-date-charges/model';
import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey } from '../../domain/loaders';
import { userError, UserErrorCode, type UserErrorShape } from '../../domain/user-errors';

@InputType({ description: 'Sandbox only: pay a charge with a due date as a payer would, on the sandbox clock’s day.' })
export class SimulateDueDatePixChargePaymentInput {
  @Field(() => ID, { description: 'Global id of an ACTIVE DueDatePixCharge.' })
  id!: string;
}

@ObjectType({ description: 'Result of simulateDueDatePixChargePayment.' })
export class SimulateDueDatePixChargePaymentPayload {
  @Field(() => DueDatePixCharge, { nullable: true, description: 'The charge after payment, re-read from the provider.' })
  dueDatePixCharge!: DueDatePixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix.' })
  userErrors!: UserError[];
}

type Payload = { dueDatePixCharge: DueDatePixChargeRecord | null; userErrors: UserErrorShape[] };
const failed = (code: UserErrorCode, message: string): Payload => ({ dueDatePixCharge: null, userErrors: [userError(['input', 'id'], code, message)] });

/** Present in the schema only in sandbox mode. */
@Resolver()
export class DueDatePixChargeSandboxResolver {
  @Authorized('write')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => SimulateDueDatePixChargePaymentPayload, {
    description:
      'SANDBOX ONLY. The API Pix simulator pays the charge with what is due on the sandbox clock’s day (less discount and rebate before the due date, plus fine and interest after it; advanceSandboxClock moves the day).',
  })
  async simulateDueDatePixChargePayment(
    @Arg('input', () => SimulateDueDatePixChargePaymentInput) input: SimulateDueDatePixChargePaymentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Payload> {
    const id = decodeGlobalId(input.id);
    if (!id || id.type !== 'DueDatePixCharge') return failed(UserErrorCode.INVALID, 'id is not a DueDatePixCharge id.');
    const paid = await ctx.services.sandbox!.payPixCharge(id.provider, id.providerId);
    if (!paid) return failed(UserErrorCode.INVALID_STATE, 'Only an existing ACTIVE charge, within its validity, can be paid.');
    const charge = await ctx.loaders.dueDatePixCharge.load(loaderKey(id.provider, id.providerId));
    return { dueDatePixCharge: charge, userErrors: [] };
  }
}
