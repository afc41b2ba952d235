import { Field, ID, InputType, Int } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import {
  CardNumberScalar,
  CardSecurityCodeScalar,
  CpfCnpjScalar,
  DateTimeScalar,
  DecimalScalar,
  type CardNumberInput,
  type CardSecurityCodeInput,
  type CpfCnpjInput,
  type DecimalInput,
} from '../scalars';
import type { CardArgs } from '../../domain/card-input';
import type { CancelCardTransactionArgs, ChargeCardArgs, ChargeSavedCardArgs, DeleteSavedCardArgs, SaveCardArgs } from '../../domain/cards/commands';
import { CardTransactionStatus } from './enums';

const IDEMPOTENCY =
  'Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client. A repeat replays the first outcome (a decline too). ' +
  'If the first attempt got no answer from the provider, a repeat first looks for the transaction that attempt may have made and answers it instead of charging again. Until the provider can no longer complete that attempt (120 s from its start by default), a repeat sends nothing and answers the top-level error OUTCOME_PENDING with retryAfterSeconds. See docs/idempotency.md.';

@InputType({ description: 'The card itself. Validated (Luhn, length, expiry) before any provider call; never returned, logged or stored.' })
export class CardInput implements CardArgs {
  @Field(() => CardNumberScalar)
  number!: CardNumberInput;

  @Field({ description: 'Name printed on the card (at most 100 characters).' })
  holderName!: string;

  @Field(() => Int, { description: '1–12.' })
  expiryMonth!: number;

  @Field(() => Int, { description: 'Four digits, e.g. 2030. The card must not have expired.' })
  expiryYear!: number;
}

@InputType({ description: 'Who pays.' })
export class CardPayerInput {
  @Field(() => CpfCnpjScalar)
  document!: CpfCnpjInput;
}

/** Fields both charge inputs share (type-graphql copies a decorated base's fields into each input). */
@InputType()
class ChargeFields {
  @Field(() => DecimalScalar, { description: 'Amount in BRL, e.g. "150.00" (0.01–999999.99).' })
  amount!: DecimalInput;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Installments, 1–12 (1 = paid at once).' })
  installments?: number;

  @Field(() => String, { nullable: true, description: 'Shown on the statement where the network allows (at most 82 characters: Paygraph keeps 18 for its retry marker).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Your own reference (at most 77 characters).' })
  reference?: string;

  @Field(() => CardPayerInput, { nullable: true })
  payer?: CardPayerInput;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY })
  idempotencyKey?: string;
}

@InputType({ description: 'A charge on a card given in full (`card` + `securityCode`) or on a saved card (`savedCardId`). Exactly one of `card` and `savedCardId`.' })
export class ChargeCardInput extends ChargeFields implements ChargeCardArgs {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER })
  provider!: PaymentProvider;

  @Field(() => CardInput, { nullable: true })
  card?: CardInput;

  @Field(() => ID, { nullable: true, description: 'A SavedCard id, instead of `card`.' })
  savedCardId?: string;

  @Field(() => CardSecurityCodeScalar, { nullable: true, description: 'Required with `card`; optional with `savedCardId`.' })
  securityCode?: CardSecurityCodeInput;
}

@InputType({ description: 'A charge on a saved card.' })
export class ChargeSavedCardInput extends ChargeFields implements ChargeSavedCardArgs {
  @Field(() => ID)
  savedCardId!: string;

  @Field(() => CardSecurityCodeScalar, { nullable: true, description: 'Optional (ASM-A50).' })
  securityCode?: CardSecurityCodeInput;
}

@InputType()
export class CancelCardTransactionInput implements CancelCardTransactionArgs {
  @Field(() => ID, { description: 'The APPROVED CardTransaction to cancel (full amount only).' })
  transactionId!: string;
}

@InputType({ description: 'A card to tokenize at the provider. No CVV: none is sent or kept (ASM-A50).' })
export class SaveCardInput implements SaveCardArgs {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER })
  provider!: PaymentProvider;

  @Field(() => CardInput)
  card!: CardInput;

  @Field(() => CpfCnpjScalar, { nullable: true, description: "Card holder's CPF/CNPJ." })
  holderDocument?: CpfCnpjInput;

  @Field(() => String, { nullable: true, description: 'Your own reference, e.g. a customer id (at most 77 characters).' })
  reference?: string;
}

@InputType()
export class DeleteSavedCardInput implements DeleteSavedCardArgs {
  @Field(() => ID)
  savedCardId!: string;
}

@InputType({ description: 'Filters for `cardTransactions`.' })
export class CardTransactionFilter {
  @Field(() => PaymentProvider, { nullable: true })
  provider?: PaymentProvider;

  @Field(() => CardTransactionStatus, { nullable: true })
  status?: CardTransactionStatus;

  @Field(() => String, { nullable: true })
  reference?: string;

  @Field(() => String, { nullable: true })
  nsu?: string;

  @Field(() => ID, { nullable: true, description: 'Only charges of this SavedCard.' })
  savedCardId?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  createdFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  createdTo?: Date;
}
