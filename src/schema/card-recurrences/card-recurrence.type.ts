import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { PaymentProvider } from '../enums';
import { DateScalar, DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { CardBrand } from '../cards/enums';
import { CardRecurrenceAttemptOutcome, CardRecurrenceCancelReason, CardRecurrenceFrequency, CardRecurrenceScheduleStatus, CardRecurrenceStatus, CardRecurrenceType } from './enums';

@ObjectType({
  implements: [Node, PaymentObject],
  description:
    'A card charged on a schedule (daily, weekly, monthly or yearly). Shows at most the first 6 and last 4 digits of the card. Each charge is a CardTransaction (`transactions`).',
})
export class CardRecurrence extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field({ description: "Provider's id for the recurrence.", deprecationReason: 'Use providerId.' })
  recurrenceId!: string;

  @Field(() => CardRecurrenceStatus)
  status!: CardRecurrenceStatus;

  @Field({ description: "The provider's raw status value." })
  providerStatus!: string;

  @Field(() => CardRecurrenceCancelReason, { nullable: true, description: 'Why it was cancelled; null unless CANCELLED.' })
  cancelReason!: CardRecurrenceCancelReason | null;

  @Field(() => CardRecurrenceType)
  type!: CardRecurrenceType;

  @Field(() => CardRecurrenceFrequency)
  frequency!: CardRecurrenceFrequency;

  @Field(() => DateScalar, { description: 'Date of the first charge, yyyy-MM-dd (Brasília).' })
  startDate!: string;

  @Field(() => Int, { nullable: true, description: 'Number of charges for LIMITED_TIMES; null for INDETERMINATE.' })
  count!: number | null;

  @Field(() => Int, { description: 'Planned charges that are final (paid, failed or skipped).' })
  executedCharges!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the next charge, yyyy-MM-dd (Brasília); null when none is pending.' })
  nextChargeDate!: string | null;

  @Field(() => Money, { description: 'Amount of each charge.' })
  amount!: Money;

  @Field(() => Int, { description: 'Declined attempts (one a day) before a charge fails and the recurrence is cancelled.' })
  maxAttempts!: number;

  @Field(() => CardBrand)
  brand!: CardBrand;

  @Field({ description: 'First 6 + `******` + last 4 digits.' })
  maskedNumber!: string;

  @Field(() => String, { nullable: true, description: 'Name printed on the card.' })
  holderName!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Your own reference (Astra userReference).' })
  reference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  cancelledAt!: Date | null;
}

@ObjectType({ description: 'One planned charge of a recurrence. Not a Node: the provider lists schedules per recurrence only.' })
export class CardRecurrenceSchedule {
  @Field({ description: "Provider's id for the schedule (give it to cancelCardRecurrenceSchedule)." })
  scheduleId!: string;

  @Field(() => Int, { description: '1 for the first charge, 2 for the second…' })
  installmentNumber!: number;

  @Field(() => DateScalar, { description: 'Planned date, yyyy-MM-dd (Brasília). A declined charge is retried on the following days.' })
  scheduledDate!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => CardRecurrenceScheduleStatus)
  status!: CardRecurrenceScheduleStatus;

  @Field({ description: "The provider's raw status value." })
  providerStatus!: string;

  @Field(() => Int, { description: 'Declined attempts so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "Provider's id of the latest attempt's card transaction (see `transaction`)." })
  transactionId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  paidAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  updatedAt!: Date | null;
}

export const { Edge: CardRecurrenceEdge, Connection: CardRecurrenceConnection } = connectionTypes('CardRecurrence', CardRecurrence);
export const { Edge: CardRecurrenceScheduleEdge, Connection: CardRecurrenceScheduleConnection } = connectionTypes('CardRecurrenceSchedule', CardRecurrenceSchedule);

@ObjectType({
  description:
    'One attempt to charge the card for a schedule of a recurrence. Every attempt before the latest of a schedule was declined; CARD_RECURRENCE_ATTEMPT events carry the attempt they are about (CardRecurrence.latestAttempt).',
})
export class CardRecurrenceAttempt {
  @Field({ description: "Provider's id of the schedule (the planned charge) this attempt was for." })
  scheduleId!: string;

  @Field(() => Int, { description: "The schedule's installment: 1 for the first charge, 2 for the second…" })
  installmentNumber!: number;

  @Field(() => Int, { description: '1 for the first attempt of this schedule, 2 for its first retry…' })
  attemptNumber!: number;

  @Field(() => CardRecurrenceAttemptOutcome)
  outcome!: CardRecurrenceAttemptOutcome;

  @Field({ description: 'True when this attempt made the schedule final: PAID, or declined at maxAttempts (the schedule FAILED).' })
  final!: boolean;

  @Field(() => String, { nullable: true, description: "Provider's id of the attempt's card transaction; known for a schedule's latest attempt only." })
  transactionId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was made; known for a schedule's latest attempt only." })
  attemptedAt!: Date | null;
}
