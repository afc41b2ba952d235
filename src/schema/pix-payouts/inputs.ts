import { Field, ID, InputType } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import { DecimalScalar, type DecimalInput } from '../scalars';
import { DebitAccountType, PixKeyType } from './enums';

@InputType({ description: 'The account to debit (ASM-A30).' })
export class DebitAccountInput {
  @Field({ description: 'Branch, digits.' }) agency!: string;
  @Field({ description: 'Account number without its check digit, digits.' }) account!: string;
  @Field({ description: 'Check digit: one digit or X.' }) accountDigit!: string;
  @Field(() => DebitAccountType, { defaultValue: DebitAccountType.CHECKING }) accountType!: DebitAccountType;
}

@InputType({ description: 'A Pix key; `value` is checked for its `type`.' })
export class PixKeyInput {
  @Field(() => PixKeyType) type!: PixKeyType;
  @Field() value!: string;
}

@InputType({ description: 'One payment of a batch.' })
export class PixPayoutInput {
  @Field(() => ID, { description: 'Your id for it, 1–50 characters, unique in the batch (an ID: your own, not a Paygraph global id).' }) paymentId!: string;
  @Field(() => PixKeyInput) pixKey!: PixKeyInput;
  @Field(() => DecimalScalar, { description: 'BRL as a string, 0.01–999999.99, at most 2 fraction digits.' }) amount!: DecimalInput;
  @Field({ description: 'At most 100 characters.' }) beneficiaryName!: string;
  @Field(() => String, { nullable: true, description: 'At most 200 characters.' }) description?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later in Brasília; absent: paid on release.' }) scheduledDate?: string;
  @Field(() => String, { nullable: true, description: 'At most 100 characters, unique in the batch.' }) reference?: string;
}

@InputType({ description: 'A payout batch. Validated in full before any provider call; every problem comes back at once in `userErrors`.' })
export class CreatePixPayoutBatchInput {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER }) provider!: PaymentProvider;

  @Field({
    description:
      'Required, 1–255 printable ASCII characters. The provider-side batch id is derived from it, so a create retried after a timeout finds the batch it made instead of making a second one. Until the provider can no longer complete an unanswered attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. The same key with different input is an IDEMPOTENCY_CONFLICT. See docs/idempotency.md.',
  })
  idempotencyKey!: string;

  @Field(() => DebitAccountInput) debitAccount!: DebitAccountInput;
  @Field(() => [PixPayoutInput], { description: '1 to 1,000 payments.' }) payments!: PixPayoutInput[];
  @Field(() => String, { nullable: true, description: 'Your reference for the batch, at most 100 characters.' }) reference?: string;
}

@InputType({ description: 'Which batch to release or cancel.' })
export class PixPayoutBatchActionInput {
  @Field(() => ID, { description: 'Global id of the PixPayoutBatch.' }) batchId!: string;
}

@InputType({ description: 'Filters for `pixPayoutBatches`.' })
export class PixPayoutBatchFilter {
  @Field(() => PaymentProvider, { nullable: true }) provider?: PaymentProvider;
}
