import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { CardRecurrence, CardRecurrenceSchedule } from './card-recurrence.type';

@ObjectType({ description: 'Result of createCardRecurrence or cancelCardRecurrence: the recurrence, or null with userErrors.' })
export class CardRecurrencePayload {
  @Field(() => CardRecurrence, { nullable: true })
  cardRecurrence!: CardRecurrence | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of cancelCardRecurrenceSchedule.' })
export class CancelCardRecurrenceSchedulePayload {
  @Field(() => CardRecurrenceSchedule, { nullable: true, description: 'The schedule, now CANCELLED.' })
  schedule!: CardRecurrenceSchedule | null;

  @Field(() => CardRecurrence, { nullable: true, description: 'The recurrence after the skip (nextChargeDate moved on).' })
  cardRecurrence!: CardRecurrence | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
