import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { AutomaticPixAuthorization } from './authorization.type';
import { AutomaticPixPayment } from './payment.type';

@ObjectType({ description: 'Result of createAutomaticPixAuthorization.' })
export class CreateAutomaticPixAuthorizationPayload {
  @Field(() => AutomaticPixAuthorization, { nullable: true, description: 'The new authorization (PENDING); null when `userErrors` is not empty.' })
  authorization!: AutomaticPixAuthorization | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of createAutomaticPixPayment and retryAutomaticPixPayment.' })
export class AutomaticPixPaymentPayload {
  @Field(() => AutomaticPixPayment, { nullable: true, description: 'The payment (SCHEDULED); null when `userErrors` is not empty.' })
  payment!: AutomaticPixPayment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
