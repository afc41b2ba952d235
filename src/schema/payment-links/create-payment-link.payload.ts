import { Field, ObjectType } from 'type-graphql';
import { PaymentLink } from './payment-link.type';
import { UserError } from '../user-error.type';

@ObjectType({ description: 'Result of createPaymentLink: the link, or the reasons it was not created.' })
export class CreatePaymentLinkPayload {
  @Field(() => PaymentLink, { nullable: true, description: 'The new link; null when `userErrors` is not empty.' })
  paymentLink!: PaymentLink | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
