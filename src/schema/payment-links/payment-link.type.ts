import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { PaymentProvider } from '../enums';
import { PaymentLinkPaymentMethod, PaymentLinkStatus } from './enums';
import { CpfCnpjScalar, DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';

@ObjectType({ description: 'One way to pay a payment link: in `count` installments.' })
export class InstallmentOption {
  @Field(() => Int, { description: 'Number of installments.' })
  count!: number;

  @Field(() => Money, {
    description:
      "The provider's figure for one installment: amount / count, rounded half-up to the cent. For display only: count × it may differ from `totalAmount` by a few cents (150.01 in 2 → 75.01); `installmentAmounts` are the amounts charged.",
  })
  installmentAmount!: Money;

  @Field(() => [Money], {
    description:
      'Each of the `count` installments as the provider charges them, in order; they add up to `totalAmount` exactly. Astra: the total / count rounded down to the cent, the first installment absorbing the remaining cents (150.01 in 2 → 75.01 + 75.00).',
  })
  installmentAmounts!: Money[];

  @Field(() => Money, { description: 'What the payer pays in total (no interest on Astra).' })
  totalAmount!: Money;
}

@ObjectType({ description: 'The payment that settled a payment link.' })
export class PaymentLinkPayment {
  @Field({ description: "Provider's transaction id of the payment." })
  paymentId!: string;

  @Field(() => PaymentLinkPaymentMethod, { description: 'Pix or credit card.' })
  method!: PaymentLinkPaymentMethod;

  @Field({ description: "The provider's raw method value." })
  providerMethod!: string;

  @Field(() => String, { nullable: true, description: 'Receipt: the end-to-end id for Pix, the NSU for card.' })
  receipt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was paid.' })
  paidAt!: Date | null;

  @Field(() => Money, { description: 'Amount paid.' })
  amount!: Money;
}

@ObjectType({
  implements: [Node, PaymentObject],
  description: 'A payment link: a provider-hosted page where the payer pays by Pix, or by card in installments.',
})
export class PaymentLink extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider holds this link.' })
  provider!: PaymentProvider;

  @Field({ description: "Provider's id for the link (Astra linkPaymentUuid)." })
  providerId!: string;

  @Field(() => PaymentLinkStatus, { description: 'Normalized status.' })
  status!: PaymentLinkStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status (Astra: `code:description`, e.g. `1:CREATED`)." })
  providerStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'The hosted payment page to send the payer to.' })
  url!: string | null;

  @Field(() => Money, { description: 'Amount to be paid.' })
  amount!: Money;

  @Field(() => Int, { description: 'Maximum number of card installments offered.' })
  installments!: number;

  @Field(() => [InstallmentOption], { description: 'Each installment count the payer may choose, with its amounts.' })
  installmentOptions!: InstallmentOption[];

  @Field(() => String, { nullable: true, description: 'Who is asked to pay.' })
  payerName!: string | null;

  @Field(() => CpfCnpjScalar, { nullable: true, description: "The payer's CPF/CNPJ, unformatted (a CpfCnpj like `Party.document`; it was a String)." })
  payerDocument!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text shown to the payer.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "The caller's own reference (Astra userReference), echoed in events." })
  reference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the link was created.' })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the link stops accepting payment.' })
  expiresAt!: Date | null;

  @Field(() => PaymentLinkPayment, { nullable: true, description: 'The payment, once paid.' })
  payment!: PaymentLinkPayment | null;
}

export const { Edge: PaymentLinkEdge, Connection: PaymentLinkConnection } = connectionTypes('PaymentLink', PaymentLink);
