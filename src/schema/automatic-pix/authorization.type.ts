import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { Party } from '../party.type';
import { PaymentProvider } from '../enums';
import { DateScalar, DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { AutomaticPixAuthorizationStatus, AutomaticPixPeriodicity } from './enums';

@ObjectType({ description: 'A financial institution a payer can authorize Automatic Pix debits from.' })
export class AutomaticPixParticipant {
  @Field({ description: "The institution's ISPB (8 digits): pass it as `participantIspb`." })
  ispb!: string;

  @Field(() => String, {
    nullable: true,
    description: "Institution name (on an authorization, read from the participants list; null when the provider's list does not have its ISPB).",
  })
  name!: string | null;
}

@ObjectType({ description: 'The first debit of an authorization, scheduled automatically once it is approved.' })
export class AutomaticPixFirstPayment {
  @Field(() => Money, { description: 'Amount of the first debit.' })
  amount!: Money;

  @Field(() => DateScalar, { description: 'Date of the first debit, yyyy-MM-dd (Brasília calendar).' })
  date!: string;
}

@ObjectType({
  implements: [Node, PaymentObject],
  description:
    "An Automatic Pix authorization: the payer's consent, given once in their bank app, for the merchant to schedule recurring debits. Status changes are streamed by automaticPixAuthorizationUpdated.",
})
export class AutomaticPixAuthorization extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  // Named providerId in the schema: `authorizationId` arguments take global ids (`id`).
  @Field({ name: 'providerId', description: "The provider's own id for the authorization (use `id` everywhere Paygraph asks for one)." })
  authorizationId!: string;

  @Field(() => AutomaticPixAuthorizationStatus)
  status!: AutomaticPixAuthorizationStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => Party, { description: 'Who is debited (Astra `user`).' })
  payer!: Party;

  @Field(() => Party, { nullable: true, description: 'Debtor of the contract, when different from the payer.' })
  contractDebtor!: Party | null;

  // Field resolver in resolvers/automatic-pix: the name comes from the participants list.
  @Field(() => AutomaticPixParticipant, { description: "The payer's institution: its ISPB, and its name from the participants list." })
  participant!: AutomaticPixParticipant;

  @Field(() => [Party], { description: 'Who may receive the debits.' })
  creditors!: Party[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Money, { nullable: true, description: 'Smallest amount a debit may have (variable-value authorizations).' })
  minAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Largest amount a debit may have.' })
  maxAmount!: Money | null;

  @Field({ description: 'Whether a FAILED payment may be retried (up to 3 times, within 7 days of its due date).' })
  retryAccepted!: boolean;

  @Field(() => AutomaticPixPeriodicity, { nullable: true, description: 'Debit cycle; null when the provider sent one Paygraph does not know (see providerPeriodicity).' })
  periodicity!: AutomaticPixPeriodicity | null;

  @Field({ description: 'The cycle as the provider sent it (ISO-8601 duration).' })
  providerPeriodicity!: string;

  @Field(() => DateScalar, { description: 'First date debits may fall on, yyyy-MM-dd (Brasília calendar).' })
  startDate!: string;

  @Field({ description: 'Your contract or agreement identifier (Astra `contractId`; named so because `…Id` fields of this API are global ids).' })
  contractReference!: string;

  @Field(() => AutomaticPixFirstPayment, { nullable: true })
  firstPayment!: AutomaticPixFirstPayment | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  updatedAt!: Date | null;

  // payments: connection field resolver in resolvers/automatic-pix.
}

export const { Edge: AutomaticPixAuthorizationEdge, Connection: AutomaticPixAuthorizationConnection } = connectionTypes('AutomaticPixAuthorization', AutomaticPixAuthorization);
export const { Edge: AutomaticPixParticipantEdge, Connection: AutomaticPixParticipantConnection } = connectionTypes('AutomaticPixParticipant', AutomaticPixParticipant);
