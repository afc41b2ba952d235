import { Field, ObjectType } from 'type-graphql';
import { PixCharge } from './pix-charge.type';
import { UserError } from '../user-error.type';

@ObjectType({ description: 'Result of createPixCharge: the charge, or the reasons it was not created.' })
export class CreatePixChargePayload {
  @Field(() => PixCharge, { nullable: true, description: 'The new charge; null when `userErrors` is not empty.' })
  pixCharge!: PixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
