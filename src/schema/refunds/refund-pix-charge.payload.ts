import { Field, ObjectType } from 'type-graphql';
import { PixCharge } from '../pix-charges/pix-charge.type';
import { UserError } from '../user-error.type';
import { PixRefund } from './refund.type';

@ObjectType({ description: 'Result of refundPixCharge.' })
export class RefundPixChargePayload {
  @Field(() => PixRefund, { nullable: true, description: 'The refund as requested (usually PROCESSING).' })
  refund!: PixRefund | null;

  @Field(() => PixCharge, { nullable: true, description: 'The refunded charge, as the provider reports it now.' })
  pixCharge!: PixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
