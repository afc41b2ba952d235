import { Field, InputType, Int } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import { PixChargeStatus } from './enums';
import type { CreatePixChargeRequest } from '../../domain/pix-charges/create-pix-charge';
import type { PixChargeListFilter } from '../../domain/pix-charges/list-query';
import { CpfCnpjScalar, DateTimeScalar, DecimalScalar, type CpfCnpjInput, type DecimalInput } from '../scalars';

@InputType({ description: 'A person or company, identified by CPF or CNPJ.' })
export class PartyInput {
  @Field(() => String, { nullable: true, description: 'Name. Required by Astra whenever a debtor is given.' })
  name?: string;

  @Field(() => CpfCnpjScalar, { description: 'CPF (11 digits) or CNPJ (14 characters), formatted or not; check digits are verified.' })
  document!: CpfCnpjInput;
}

@InputType({ description: 'What to charge. Validated before any provider call; problems come back in `userErrors`.' })
export class CreatePixChargeInput implements CreatePixChargeRequest {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER, description: 'Provider to create the charge at.' })
  provider!: PaymentProvider;

  @Field(() => DecimalScalar, { description: 'Amount in BRL as a string, e.g. "100.00". Above 0, at most 2 fraction digits, at most the provider maximum (Astra 999999.99).' })
  amount!: DecimalInput;

  @Field(() => Int, { nullable: true, description: 'Seconds until the charge expires (Astra: 1–2592000, default 86400).' })
  expiresIn?: number;

  @Field(() => String, { nullable: true, description: 'Shown to the payer (Astra: at most 140 characters).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Your own reference, echoed in events (Astra: at most 77 characters).' })
  reference?: string;

  @Field(() => PartyInput, { nullable: true, description: 'Who the charge is addressed to.' })
  debtor?: PartyInput;

  @Field(() => Boolean, { nullable: true, description: 'Only the debtor may pay (Astra validateDebtor); requires `debtor`.' })
  onlyDebtorMayPay?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeat-safe key, 1–255 printable ASCII characters (else INVALID), kept 24 h per API client. A repeat replays the first outcome; a repeat sent while the first still runs waits for it (IDEMPOTENCY_IN_PROGRESS after 30 s); the same key with different input is an IDEMPOTENCY_CONFLICT. If the first attempt got no answer from Astra, a repeat answers OUTCOME_UNKNOWN rather than risk a second charge. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md.',
  })
  idempotencyKey?: string;
}

@InputType({ description: 'Filters for `pixCharges`. What each provider supports is listed in docs/providers.md.' })
export class PixChargeFilter implements PixChargeListFilter {
  @Field(() => PaymentProvider, { nullable: true, description: `Provider to list (default ${DEFAULT_PROVIDER}).` })
  provider?: PaymentProvider;

  @Field(() => [PixChargeStatus], {
    nullable: true,
    description:
      'Only these statuses. Astra filters by one status at a time; on Astra CANCELLED matches nothing (its charges cannot be cancelled) and UNKNOWN cannot be filtered (NOT_SUPPORTED).',
  })
  status?: PixChargeStatus[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or after (Astra applies it at day granularity, Brasília date).' })
  createdFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or before (Astra applies it at day granularity, Brasília date).' })
  createdTo?: Date;

  @Field(() => String, { nullable: true, description: 'Exact match on `reference`.' })
  reference?: string;

  @Field(() => CpfCnpjScalar, { nullable: true, description: "Exact match on the debtor's CPF/CNPJ." })
  debtorDocument?: CpfCnpjInput;
}
