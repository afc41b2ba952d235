import { Field, ID, InputType, Int } from 'type-graphql';
import { PaymentProvider } from '../enums';
import { CpfCnpjScalar, DateTimeScalar, DecimalScalar, type CpfCnpjInput, type DecimalInput } from '../scalars';
import type { CreateDueDatePixChargeRequest } from '../../domain/due-date-charges/create-due-date-pix-charge';
import type { DueDatePixChargeListFilter } from '../../domain/due-date-charges/list-query';
import type { UpdateDueDatePixChargeRequest } from '../../domain/due-date-charges/update-due-date-pix-charge';
import { DiscountModality, DueDatePixChargeStatus, FineModality, InterestModality, RebateModality } from './enums';

const VALUE = 'Above 0, at most 2 fraction digits: BRL when the modality is an amount, a percentage (at most 100) otherwise.';
const DATE = 'yyyy-MM-dd, Brasília calendar';

@InputType({ description: 'Who the charge is addressed to. The API Pix requires both.' })
export class DueDatePixChargeDebtorInput {
  @Field({ description: 'Name, at most 200 characters.' })
  name!: string;

  @Field(() => CpfCnpjScalar, { description: 'CPF (11 digits) or CNPJ (14 characters), formatted or not; check digits are verified.' })
  document!: CpfCnpjInput;
}

@InputType({ description: 'Fine charged once when paid after the due date.' })
export class DueDateChargeFineInput {
  @Field(() => FineModality, { description: 'Fixed amount or percentage.' })
  modality!: FineModality;

  @Field(() => DecimalScalar, { description: VALUE })
  value!: DecimalInput;
}

@InputType({ description: 'Interest for each day paid after the due date.' })
export class DueDateChargeInterestInput {
  @Field(() => InterestModality, { description: 'Amount or percentage, per day / month / year, calendar or business days.' })
  modality!: InterestModality;

  @Field(() => DecimalScalar, { description: VALUE })
  value!: DecimalInput;
}

@InputType({ description: 'Rebate deducted whenever the charge is paid.' })
export class DueDateChargeRebateInput {
  @Field(() => RebateModality, { description: 'Fixed amount or percentage.' })
  modality!: RebateModality;

  @Field(() => DecimalScalar, { description: 'Above 0, at most 2 fraction digits, below the amount (FIXED_AMOUNT) or below 100 (PERCENTAGE).' })
  value!: DecimalInput;
}

@InputType({ description: 'One fixed-date discount: `value` off when paid on or before `date`.' })
export class DueDateChargeFixedDateDiscountInput {
  @Field({ description: `${DATE}: today or later, on or before the due date, after the previous entry's date.` })
  date!: string;

  @Field(() => DecimalScalar, { description: 'Above 0, at most 2 fraction digits, below the amount (BRL) or below 100 (%), per the modality.' })
  value!: DecimalInput;
}

@InputType({ description: 'Discount for paying early. The *_UNTIL_DATES modalities take `fixedDates`, the per-day ones `valuePerDay`; giving the other is INVALID.' })
export class DueDateChargeDiscountInput {
  @Field(() => DiscountModality, { description: 'Which kind of discount.' })
  modality!: DiscountModality;

  @Field(() => [DueDateChargeFixedDateDiscountInput], { nullable: true, description: '1 to 3 entries, dates strictly ascending.' })
  fixedDates?: DueDateChargeFixedDateDiscountInput[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Off per day paid before the due date: above 0, below the amount (BRL) or below 100 (%).' })
  valuePerDay?: DecimalInput;
}

@InputType({ description: 'A Pix charge with a due date. Validated before any provider call; problems come back in `userErrors`.' })
export class CreateDueDatePixChargeInput implements CreateDueDatePixChargeRequest {
  @Field(() => PaymentProvider, {
    defaultValue: 'PIX_API',
    description: 'Provider to create it at (default PIX_API): only PIX_API has charges with a due date (others: NOT_SUPPORTED).',
  })
  provider!: PaymentProvider;

  @Field(() => DecimalScalar, { description: 'Original amount in BRL, e.g. "100.00": above 0, at most 2 fraction digits, at most 9999999999.99.' })
  amount!: DecimalInput;

  @Field({ description: `Due date, ${DATE}: today or later. Payable on that day at any hour.` })
  dueDate!: string;

  @Field(() => Int, { nullable: true, description: 'Calendar days after the due date it can still be paid (0 or more; the provider defaults to 30).' })
  daysValidAfterDueDate?: number;

  @Field(() => DueDatePixChargeDebtorInput, { description: 'Who the charge is addressed to.' })
  debtor!: DueDatePixChargeDebtorInput;

  @Field(() => String, { nullable: true, description: 'Shown to the payer, at most 140 characters (API Pix `solicitacaoPagador`).' })
  description?: string;

  @Field(() => DueDateChargeFineInput, { nullable: true, description: 'Fine for paying late.' })
  fine?: DueDateChargeFineInput;

  @Field(() => DueDateChargeInterestInput, { nullable: true, description: 'Interest for paying late.' })
  interest?: DueDateChargeInterestInput;

  @Field(() => DueDateChargeRebateInput, { nullable: true, description: 'Rebate. The amount less the rebate and the largest fixed-date discount must stay above 0.' })
  rebate?: DueDateChargeRebateInput;

  @Field(() => DueDateChargeDiscountInput, { nullable: true, description: 'Discount for paying early.' })
  discount?: DueDateChargeDiscountInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeat-safe key, 1–255 printable ASCII characters, kept 24 h per API client. The charge id (txid) is derived from your API client and this key, so a repeat after a lost answer finds the charge the first attempt made instead of making a second one; the same key with different input is an IDEMPOTENCY_CONFLICT. See docs/idempotency.md.',
  })
  idempotencyKey?: string;
}

@InputType({ description: 'Which charge to cancel.' })
export class CancelDueDatePixChargeInput {
  @Field(() => ID, { description: 'The DueDatePixCharge id.' })
  id!: string;
}

@InputType({ description: 'Filters for `dueDatePixCharges`.' })
export class DueDatePixChargeFilter implements DueDatePixChargeListFilter {
  @Field(() => PaymentProvider, { nullable: true, description: 'Provider to list (default PIX_API); only PIX_API has them.' })
  provider?: PaymentProvider;

  @Field(() => DueDatePixChargeStatus, { nullable: true, description: 'Only this status (UNKNOWN matches nothing).' })
  status?: DueDatePixChargeStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or after; default 30 days before `createdTo`.' })
  createdFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Created at or before; default now.' })
  createdTo?: Date;

  @Field(() => CpfCnpjScalar, { nullable: true, description: "Exact match on the debtor's CPF/CNPJ." })
  debtorDocument?: CpfCnpjInput;
}

@InputType({ description: 'What to change on an ACTIVE charge with a due date (`PATCH`): only the fields given change; the charge after the change must pass the create rules.' })
export class UpdateDueDatePixChargeInput implements UpdateDueDatePixChargeRequest {
  @Field(() => ID, { description: 'The DueDatePixCharge id.' })
  id!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'New original amount in BRL.' })
  amount?: DecimalInput;

  @Field(() => String, { nullable: true, description: `New due date, ${DATE}: today or later.` })
  dueDate?: string;

  @Field(() => Int, { nullable: true, description: 'New number of days it stays payable after the due date (0 or more).' })
  daysValidAfterDueDate?: number;

  @Field(() => DueDatePixChargeDebtorInput, { nullable: true, description: 'New debtor.' })
  debtor?: DueDatePixChargeDebtorInput;

  @Field(() => String, { nullable: true, description: 'New text shown to the payer, at most 140 characters.' })
  description?: string;

  @Field(() => DueDateChargeFineInput, { nullable: true, description: 'New fine.' })
  fine?: DueDateChargeFineInput;

  @Field(() => DueDateChargeInterestInput, { nullable: true, description: 'New interest.' })
  interest?: DueDateChargeInterestInput;

  @Field(() => DueDateChargeRebateInput, { nullable: true, description: 'New rebate.' })
  rebate?: DueDateChargeRebateInput;

  @Field(() => DueDateChargeDiscountInput, { nullable: true, description: 'New discount.' })
  discount?: DueDateChargeDiscountInput;
}
