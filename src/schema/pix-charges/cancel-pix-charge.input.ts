import { Field, ID, InputType } from 'type-graphql';
import type { CancelPixChargeRequest } from '../../domain/pix-charges/cancel-pix-charge';

@InputType({ description: 'Cancel an unpaid Pix charge so it can no longer be paid.' })
export class CancelPixChargeInput implements CancelPixChargeRequest {
  @Field(() => ID, { description: 'Global id of the PixCharge to cancel.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Repeat-safe key, as CreatePixChargeInput.idempotencyKey (cancelling twice is harmless either way).' })
  idempotencyKey?: string;
}
