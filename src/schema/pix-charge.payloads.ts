import { Field, ObjectType } from 'type-graphql';
import { PixCharge } from './pix-charge.type';
import { Refund } from './refund.type';
import { UserError } from './user-error.type';

@ObjectType({ description: 'Result of createPixCharge: the charge, or the reasons it was not created.' })
export class CreatePixChargePayload {
  @Field(() => PixCharge, { nullable: true, description: 'The new charge; null when `userErrors` is not empty.' })
  pixCharge!: PixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of refundPixCharge.' })
export class RefundPixChargePayload {
  @Field(() => Refund, { nullable: true, description: 'The refund as requested (usually PROCESSING).' })
  refund!: Refund | null;

  @Field(() => PixCharge, { nullable: true, description: 'The refunded charge, as the provider reports it now.' })
  pixCharge!: PixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
