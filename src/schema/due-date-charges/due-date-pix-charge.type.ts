import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { Party } from '../party.type';
import { PaymentProvider } from '../enums';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { DiscountModality, DueDatePixChargeStatus, FineModality, InterestModality, RebateModality } from './enums';

const VALUE = 'BRL amount or percentage, per `modality` (e.g. "2.00").';
const DATE = 'yyyy-MM-dd, Brasília calendar';

@ObjectType({ description: 'Fine charged once when the charge is paid after its due date.' })
export class DueDateChargeFine {
  @Field(() => FineModality, { description: 'Fixed amount or percentage.' })
  modality!: FineModality;

  @Field(() => DecimalScalar, { description: VALUE })
  value!: number;
}

@ObjectType({ description: 'Interest charged for each day paid after the due date.' })
export class DueDateChargeInterest {
  @Field(() => InterestModality, { description: 'Amount or percentage, per day / month / year, calendar or business days.' })
  modality!: InterestModality;

  @Field(() => DecimalScalar, { description: VALUE })
  value!: number;
}

@ObjectType({ description: 'Rebate deducted whenever the charge is paid.' })
export class DueDateChargeRebate {
  @Field(() => RebateModality, { description: 'Fixed amount or percentage.' })
  modality!: RebateModality;

  @Field(() => DecimalScalar, { description: VALUE })
  value!: number;
}

@ObjectType({ description: 'A discount for paying on or before `date`.' })
export class DueDateChargeFixedDateDiscount {
  @Field(() => DateScalar, { description: `Last day the discount applies, ${DATE}; on or before the due date.` })
  date!: string;

  @Field(() => DecimalScalar, { description: 'BRL amount or percentage off, per the discount modality.' })
  value!: number;
}

@ObjectType({ description: 'Discount for paying early: up to 3 fixed dates, or a value per day before the due date.' })
export class DueDateChargeDiscount {
  @Field(() => DiscountModality, { description: 'Which of `fixedDates` or `valuePerDay` applies, amount or percentage.' })
  modality!: DiscountModality;

  @Field(() => [DueDateChargeFixedDateDiscount], { description: 'For the *_UNTIL_DATES modalities, dates ascending; empty otherwise.' })
  fixedDates!: DueDateChargeFixedDateDiscount[];

  @Field(() => DecimalScalar, { nullable: true, description: 'For the per-day modalities: BRL or % off per day paid early; null otherwise.' })
  valuePerDay!: number | null;
}

@ObjectType({ description: 'A Pix received for the charge. The parts are what the provider reports (`componentesValor`); null when it does not say.' })
export class DueDatePixChargePayment {
  @Field({ description: 'Pix end-to-end id (32 characters).' })
  endToEndId!: string;

  @Field(() => Money, { description: 'What the payer paid: original + fine + interest − discount − rebate.' })
  amount!: Money;

  @Field(() => DateTimeScalar, { description: 'When the Pix was received.' })
  paidAt!: Date;

  @Field(() => Money, { nullable: true, description: 'The original amount part.' })
  original!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The fine paid (late payment).' })
  fine!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The interest paid (late payment).' })
  interest!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The discount given (early payment).' })
  discount!: Money | null;

  @Field(() => Money, { nullable: true, description: 'The rebate given.' })
  rebate!: Money | null;
}

@ObjectType({
  implements: [Node, PaymentObject],
  description:
    'A Pix charge with a due date (API Pix `cobv`): payable until `dueDate`, then for `daysValidAfterDueDate` more days with the fine and interest; earlier with the discount; always less the rebate. Only the PIX_API provider has them (Astra and Pagstar: NOT_SUPPORTED). `node(id:)` reads it from the provider.',
})
export class DueDatePixCharge extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider holds this charge.' })
  provider!: PaymentProvider;

  @Field({ description: 'The charge id at the provider (26–35 letters and digits), derived from your API client and idempotency key.' })
  txid!: string;

  @Field(() => Int, { description: "The provider's revision: 0 when created, one more per change." })
  revision!: number;

  @Field(() => DueDatePixChargeStatus, { description: 'Normalized status.' })
  status!: DueDatePixChargeStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => Money, { description: 'The original amount, before fine, interest, discount and rebate.' })
  amount!: Money;

  @Field(() => DateScalar, { description: `Due date, ${DATE}. Payable on that day at any hour.` })
  dueDate!: string;

  @Field(() => Int, { description: 'Calendar days after the due date the charge can still be paid (the PSP moves a due date on a non-business day to the next business day).' })
  daysValidAfterDueDate!: number;

  @Field(() => DueDateChargeFine, { nullable: true, description: 'Fine for paying late; null when none.' })
  fine!: DueDateChargeFine | null;

  @Field(() => DueDateChargeInterest, { nullable: true, description: 'Interest for paying late; null when none.' })
  interest!: DueDateChargeInterest | null;

  @Field(() => DueDateChargeRebate, { nullable: true, description: 'Rebate; null when none.' })
  rebate!: DueDateChargeRebate | null;

  @Field(() => DueDateChargeDiscount, { nullable: true, description: 'Discount for paying early; null when none.' })
  discount!: DueDateChargeDiscount | null;

  @Field(() => Party, { nullable: true, description: 'Who the charge is addressed to (not necessarily who pays).' })
  debtor!: Party | null;

  @Field(() => String, { nullable: true, description: 'Text shown to the payer (API Pix `solicitacaoPagador`).' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Pix "copia e cola" (BR Code) of the charge, when the provider returns it.' })
  brCode!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the charge was created.' })
  createdAt!: Date | null;

  @Field(() => [DueDatePixChargePayment], { description: 'Pix received for it (API Pix `pix` list); empty until paid.' })
  payments!: DueDatePixChargePayment[];
}

export const { Edge: DueDatePixChargeEdge, Connection: DueDatePixChargeConnection } = connectionTypes('DueDatePixCharge', DueDatePixCharge);
