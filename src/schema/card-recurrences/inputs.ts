import { Field, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import { CardSecurityCodeScalar, CpfCnpjScalar, DecimalScalar, type CardSecurityCodeInput, type CpfCnpjInput, type DecimalInput } from '../scalars';
import { CardInput, CardPayerInput } from '../cards/card.inputs';
import type { CreateCardRecurrenceArgs } from '../../domain/card-recurrences/create-card-recurrence';
import type { CancelCardRecurrenceArgs, CancelCardRecurrenceScheduleArgs } from '../../domain/card-recurrences/cancel';
import type { CardRecurrenceFilterArgs } from '../../domain/card-recurrences/list-query';
import { CardRecurrenceFrequency, CardRecurrenceStatus, CardRecurrenceType } from './enums';

@InputType({
  description:
    'A card to charge on a schedule. Validated in full before any provider call. Astra takes the card in full for a recurrence (ASM-A47 has no token field), so a saved card cannot be used here.',
})
export class CreateCardRecurrenceInput implements CreateCardRecurrenceArgs {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER })
  provider!: PaymentProvider;

  @Field(() => CardInput)
  card!: CardInput;

  @Field(() => CardSecurityCodeScalar, { description: 'Sent once to the provider with the card; never stored by Paygraph.' })
  securityCode!: CardSecurityCodeInput;

  @Field(() => DecimalScalar, { description: 'Amount of each charge in BRL, e.g. "49.90" (0.01–999999.99).' })
  amount!: DecimalInput;

  @Field(() => CardRecurrenceFrequency)
  frequency!: CardRecurrenceFrequency;

  @Field(() => CardRecurrenceType)
  type!: CardRecurrenceType;

  @Field(() => Int, { nullable: true, description: 'Number of charges (1–120): required for LIMITED_TIMES, absent for INDETERMINATE.' })
  count?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Date of the first charge, yyyy-MM-dd (Brasília): today (the default) or later, within a year. Later charges follow from it (a 31st falls back to the month’s last day).',
  })
  startDate?: string;

  @Field(() => Int, { nullable: true, description: 'Declined attempts (one a day) before a charge fails and the recurrence is cancelled: 1–10, default 3.' })
  maxAttempts?: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'With a future startDate: check the card now with a R$ 5,00 charge cancelled at once; a decline refuses the recurrence (PROVIDER_REJECTED).',
  })
  validateCard?: boolean;

  @Field(() => CardPayerInput, { description: "The card owner (Astra requires the owner's CPF/CNPJ)." })
  payer!: CardPayerInput;

  @Field(() => String, { nullable: true, description: 'At most 100 characters.' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Your own reference, e.g. a subscription id (at most 77 characters).' })
  reference?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client: a repeat replays the first answer and never creates a second recurrence. If the first attempt got no answer, a repeat answers OUTCOME_UNKNOWN (look it up with cardRecurrences). Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md.',
  })
  idempotencyKey?: string;
}

@InputType()
export class CancelCardRecurrenceInput implements CancelCardRecurrenceArgs {
  @Field(() => ID, { description: 'The ACTIVE CardRecurrence to cancel.' })
  recurrenceId!: string;
}

@InputType()
export class CancelCardRecurrenceScheduleInput implements CancelCardRecurrenceScheduleArgs {
  @Field(() => ID, { description: 'The CardRecurrence.' })
  recurrenceId!: string;

  @Field(() => ID, { description: "The SCHEDULED charge to skip: the provider's CardRecurrenceSchedule.scheduleId (not a global id)." })
  scheduleId!: string;
}

@InputType({ description: 'Filters for `cardRecurrences`.' })
export class CardRecurrenceFilter implements CardRecurrenceFilterArgs {
  @Field(() => PaymentProvider, { nullable: true })
  provider?: PaymentProvider;

  @Field(() => CardRecurrenceStatus, { nullable: true })
  status?: CardRecurrenceStatus;

  @Field(() => String, { nullable: true })
  reference?: string;

  @Field(() => CpfCnpjScalar, { nullable: true, description: "Only recurrences of this card owner's CPF/CNPJ." })
  payerDocument?: CpfCnpjInput;
}
