import { Field, ID, InputType } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import { PartyInput } from '../pix-charges/pix-charge.inputs';
import { CpfCnpjScalar, DecimalScalar, type CpfCnpjInput, type DecimalInput } from '../scalars';
import { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus, AutomaticPixPeriodicity } from './enums';

const IDEMPOTENCY_KEY =
  'Makes retries of this mutation safe: the same key with the same input answers the first outcome instead of acting twice (1–255 printable characters). After an attempt that got no answer, a repeat sends nothing for 120 s from its start (OUTCOME_PENDING with retryAfterSeconds), then answers OUTCOME_UNKNOWN. See docs/idempotency.md.';
const DATE = 'yyyy-MM-dd, Brasília calendar';

@InputType({ description: 'The first debit, scheduled automatically once the authorization is approved.' })
export class AutomaticPixFirstPaymentInput {
  @Field(() => DecimalScalar, { description: 'Amount in BRL, e.g. "99.90"; within min/max when they are given.' })
  amount!: DecimalInput;

  @Field({ description: `Date of the first debit (${DATE}); tomorrow or later.` })
  date!: string;
}

@InputType({ description: 'What the payer is asked to authorize. Validated before any provider call; problems come back in `userErrors`.' })
export class CreateAutomaticPixAuthorizationInput {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER })
  provider!: PaymentProvider;

  @Field(() => PartyInput, { description: 'Who will be debited; name required.' })
  payer!: PartyInput;

  @Field({ description: "ISPB of the payer's institution, from automaticPixParticipants." })
  participantIspb!: string;

  @Field(() => [PartyInput], { description: 'Who may receive the debits: 1–10, each with a name.' })
  creditors!: PartyInput[];

  @Field(() => String, { nullable: true, description: 'Purpose shown to the payer (at most 140 characters).' })
  description?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Smallest debit, e.g. "10.00".' })
  minAmount?: DecimalInput | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest debit, e.g. "150.00".' })
  maxAmount?: DecimalInput | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Whether FAILED payments may be retried.' })
  retryAccepted?: boolean | null;

  @Field(() => AutomaticPixPeriodicity)
  periodicity!: AutomaticPixPeriodicity;

  @Field(() => String, { nullable: true, description: `First date debits may fall on (${DATE}); today or later. Default: today.` })
  startDate?: string | null;

  @Field({ description: 'Your contract identifier (at most 50 characters).' })
  contractReference!: string;

  @Field(() => PartyInput, { nullable: true, description: 'Debtor of the contract when not the payer.' })
  contractDebtor?: PartyInput | null;

  @Field(() => AutomaticPixFirstPaymentInput, { nullable: true })
  firstPayment?: AutomaticPixFirstPaymentInput | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A debit under an APPROVED authorization. Every rule is checked before the provider is asked.' })
export class CreateAutomaticPixPaymentInput {
  @Field(() => ID, { description: 'Global id of an APPROVED AutomaticPixAuthorization.' })
  authorizationId!: string;

  @Field(() => DecimalScalar, { description: "Amount in BRL, within the authorization's min/max." })
  amount!: DecimalInput;

  @Field({ description: `Date of the debit (${DATE}): tomorrow or later, and not before the authorization's startDate.` })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'At most 140 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference (at most 77 characters).' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A new attempt for a FAILED payment (at most 3, within 7 days of its due date, requested by 23:59 Brasília of the day before).' })
export class RetryAutomaticPixPaymentInput {
  @Field(() => ID, { description: 'Global id of a FAILED AutomaticPixPayment.' })
  paymentId!: string;

  @Field({ description: `Date of the new attempt (${DATE}).` })
  scheduledDate!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Which authorizations to list. All given conditions must hold.' })
export class AutomaticPixAuthorizationFilter {
  @Field(() => PaymentProvider, { nullable: true })
  provider?: PaymentProvider;

  @Field(() => AutomaticPixAuthorizationStatus, { nullable: true })
  status?: AutomaticPixAuthorizationStatus;

  @Field(() => String, { nullable: true })
  contractReference?: string;

  @Field(() => CpfCnpjScalar, { nullable: true })
  payerDocument?: CpfCnpjInput;
}

@InputType({ description: 'Which payments to list. All given conditions must hold; dates apply to `scheduledDate`.' })
export class AutomaticPixPaymentFilter {
  @Field(() => PaymentProvider, { nullable: true })
  provider?: PaymentProvider;

  @Field(() => ID, { nullable: true, description: 'Only payments of this authorization (global id).' })
  authorizationId?: string;

  @Field(() => AutomaticPixPaymentStatus, { nullable: true })
  status?: AutomaticPixPaymentStatus;

  @Field(() => String, { nullable: true, description: `From this scheduled date (${DATE}), inclusive.` })
  scheduledFrom?: string;

  @Field(() => String, { nullable: true, description: `Up to this scheduled date (${DATE}), inclusive.` })
  scheduledTo?: string;
}
