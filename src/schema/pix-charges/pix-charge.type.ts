import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { Party } from '../party.type';
import { PaymentProvider } from '../enums';
import { PixChargeStatus } from './enums';
import { DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';

@ObjectType({
  implements: [Node, PaymentObject],
  description: 'A Pix charge: a dynamic QR code (Astra) or a Pix deposit (Pagstar) that a payer pays once. `refunds` and `qrCodeSvg` are resolved on demand.',
})
export class PixCharge extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider holds this charge.' })
  provider!: PaymentProvider;

  @Field({
    description: "Provider's id for the charge (Astra txid, Pagstar external_reference, API Pix txid: derived from your idempotencyKey, random without one).",
    deprecationReason: 'Use providerId.',
  })
  txid!: string;

  @Field(() => PixChargeStatus, { description: 'Normalized status.' })
  status!: PixChargeStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => Money, { description: 'Amount to be paid.' })
  amount!: Money;

  @Field(() => Money, { description: 'Sum of completed refunds (0.00 when none).' })
  amountRefunded!: Money;

  @Field(() => String, { nullable: true, description: 'Free text shown to the payer.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "The caller's own reference (Astra userReference, Pagstar transaction_id)." })
  reference!: string | null;

  @Field(() => Party, { nullable: true, description: 'Who the charge is addressed to (not necessarily who pays).' })
  debtor!: Party | null;

  @Field(() => Party, { nullable: true, description: 'Who actually paid, once paid.' })
  payer!: Party | null;

  @Field(() => String, { nullable: true, description: 'Pix "copia e cola" payload (EMV BR Code).' })
  brCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Provider-hosted payment page, when the provider has one.' })
  checkoutUrl!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the charge was created.' })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the charge stops accepting payment.' })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was paid.' })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Pix end-to-end id of the payment, once paid.' })
  endToEndId!: string | null;
}

export const { Edge: PixChargeEdge, Connection: PixChargeConnection } = connectionTypes('PixCharge', PixCharge);
