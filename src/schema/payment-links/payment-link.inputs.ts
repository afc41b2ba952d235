import { Field, InputType, Int } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import { PaymentLinkStatus } from './enums';
import { CpfCnpjScalar, DateTimeScalar, DecimalScalar, type CpfCnpjInput, type DecimalInput } from '../scalars';
import type { CreatePaymentLinkCommandArgs } from '../../domain/payment-links/create-payment-link';
import type { PaymentLinkFilterArgs } from '../../domain/payment-links/list-query';

@InputType({ description: 'Who is asked to pay a payment link.' })
export class PaymentLinkPayerInput {
  @Field({ description: 'Name (Astra: required, at most 100 characters).' })
  name!: string;

  @Field(() => CpfCnpjScalar, { description: 'CPF or CNPJ, formatted or not; check digits are verified (Astra: numeric only).' })
  document!: CpfCnpjInput;
}

@InputType({ description: 'The payment link to create. Validated before any provider call; problems come back in `userErrors`.' })
export class CreatePaymentLinkInput implements CreatePaymentLinkCommandArgs {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER, description: 'Provider to create the link at.' })
  provider!: PaymentProvider;

  @Field(() => PaymentLinkPayerInput, { description: 'Who is asked to pay.' })
  payer!: PaymentLinkPayerInput;

  @Field(() => DecimalScalar, { description: 'Amount in BRL as a string, e.g. "100.00" (Astra: 0.01–999999.99, at most 2 fraction digits).' })
  amount!: DecimalInput;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Maximum card installments offered, 1–10.' })
  installments?: number;

  @Field(() => String, { nullable: true, description: 'Shown to the payer (Astra: at most 140 characters).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Your own reference, echoed in events (Astra: at most 77 characters).' })
  reference?: string;

  @Field(() => Int, { nullable: true, description: 'Days until the link expires, 1–10 (Astra default 10).' })
  expiresInDays?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeat-safe key, 1–255 printable ASCII characters (else INVALID), kept 24 h per API client. A repeat replays the first outcome; the same key with different input is an IDEMPOTENCY_CONFLICT. If the first attempt got no answer from the provider, a repeat answers OUTCOME_UNKNOWN rather than risk a second link. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md.',
  })
  idempotencyKey?: string;
}

@InputType({ description: 'Filters for `paymentLinks`. All given conditions must hold.' })
export class PaymentLinkFilter implements PaymentLinkFilterArgs {
  @Field(() => PaymentProvider, { nullable: true, description: `Provider to list (default ${DEFAULT_PROVIDER}).` })
  provider?: PaymentProvider;

  @Field(() => PaymentLinkStatus, { nullable: true, description: 'Only this status (UNKNOWN cannot be filtered: NOT_SUPPORTED).' })
  status?: PaymentLinkStatus;

  @Field(() => CpfCnpjScalar, { nullable: true, description: "Exact match on the payer's CPF/CNPJ." })
  payerDocument?: CpfCnpjInput;

  @Field(() => String, { nullable: true, description: 'Exact match on `reference`.' })
  reference?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or after (Astra applies it at day granularity, Brasília date).' })
  createdFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or before (Astra applies it at day granularity, Brasília date).' })
  createdTo?: Date;
}
