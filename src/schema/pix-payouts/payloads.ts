import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { PixPayoutBatch } from './pix-payout-batch.type';

@ObjectType({ description: 'Result of createPixPayoutBatch: the batch (CREATED, nothing sent yet), or every reason it was not created.' })
export class CreatePixPayoutBatchPayload {
  @Field(() => PixPayoutBatch, { nullable: true, description: 'The batch; null when `userErrors` is not empty.' })
  pixPayoutBatch!: PixPayoutBatch | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix, each with its input path. Empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of releasePixPayoutBatch: the batch as it is now.' })
export class ReleasePixPayoutBatchPayload {
  @Field(() => PixPayoutBatch, { nullable: true, description: 'The released batch (PROCESSING or later); null when `userErrors` is not empty.' })
  pixPayoutBatch!: PixPayoutBatch | null;

  @Field(() => [UserError], { description: 'INVALID_STATE for a cancelled batch, NOT_FOUND, …' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of cancelPixPayoutBatch: the batch as it is now.' })
export class CancelPixPayoutBatchPayload {
  @Field(() => PixPayoutBatch, { nullable: true, description: 'The cancelled batch; null when `userErrors` is not empty.' })
  pixPayoutBatch!: PixPayoutBatch | null;

  @Field(() => [UserError], { description: 'INVALID_STATE for a released batch, NOT_FOUND, …' })
  userErrors!: UserError[];
}
