import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { PixCharge } from './pix-charge.type';

@ObjectType({ description: 'Result of cancelPixCharge.' })
export class CancelPixChargePayload {
  @Field(() => PixCharge, { nullable: true, description: 'The charge as the provider reports it after cancelling (status CANCELLED).' })
  pixCharge!: PixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix (NOT_SUPPORTED for a provider that cannot cancel, INVALID_STATE for a paid charge). Empty on success.' })
  userErrors!: UserError[];
}
