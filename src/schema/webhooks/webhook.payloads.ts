import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { Webhook } from './webhook.type';

@ObjectType({ description: 'Result of registerWebhook: the webhook, or the reasons it was not registered.' })
export class RegisterWebhookPayload {
  @Field(() => Webhook, { nullable: true, description: 'The new webhook; null when `userErrors` is not empty.' })
  webhook!: Webhook | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of updateWebhook.' })
export class UpdateWebhookPayload {
  @Field(() => Webhook, { nullable: true, description: 'The webhook as the provider holds it now; null when `userErrors` is not empty.' })
  webhook!: Webhook | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleteWebhook.' })
export class DeleteWebhookPayload {
  @Field(() => ID, { nullable: true, description: 'Global id of the deleted webhook; null when `userErrors` is not empty.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix. Empty on success.' })
  userErrors!: UserError[];
}
