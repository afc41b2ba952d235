import { Field, ObjectType } from 'type-graphql';
import { DueDatePixCharge } from './due-date-pix-charge.type';
import { UserError } from '../user-error.type';

@ObjectType({ description: 'Result of createDueDatePixCharge: the charge, or the reasons it was not created.' })
export class CreateDueDatePixChargePayload {
  @Field(() => DueDatePixCharge, { nullable: true, description: 'The new charge; null when `userErrors` is not empty.' })
  dueDatePixCharge!: DueDatePixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of cancelDueDatePixCharge: the charge as it is now, or the reasons it was not cancelled.' })
export class CancelDueDatePixChargePayload {
  @Field(() => DueDatePixCharge, { nullable: true, description: 'The cancelled charge; null when `userErrors` is not empty.' })
  dueDatePixCharge!: DueDatePixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of updateDueDatePixCharge: the revised charge (its `revision` one more), or the reasons it was not changed.' })
export class UpdateDueDatePixChargePayload {
  @Field(() => DueDatePixCharge, { nullable: true, description: 'The revised charge; null when `userErrors` is not empty.' })
  dueDatePixCharge!: DueDatePixCharge | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
