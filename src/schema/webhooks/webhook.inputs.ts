import { Field, ID, InputType } from 'type-graphql';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../enums';
import type { DeleteWebhookRequest, RegisterWebhookRequest, UpdateWebhookRequest } from '../../domain/webhooks/commands';
import { WebhookEventType } from './webhook.type';

@InputType({ description: 'Register a webhook at a provider. Validated before any provider call; problems come back in `userErrors`.' })
export class RegisterWebhookInput implements RegisterWebhookRequest {
  @Field(() => PaymentProvider, { defaultValue: DEFAULT_PROVIDER, description: 'Provider to register the webhook at. Only ASTRA today.' })
  provider!: PaymentProvider;

  @Field(() => WebhookEventType, { description: 'Type of event to receive. The provider keeps at most one webhook per type.' })
  eventType!: WebhookEventType;

  @Field(() => String, {
    nullable: true,
    description:
      'Where to send the events: an absolute http(s) URL (Astra: at most 500 characters). Omitted: Paygraph registers its own URL under PUBLIC_URL with a fresh secret, and turns the events into subscriptions.',
  })
  url?: string | null;
}

@InputType({ description: 'Change a webhook. Omitted fields keep their current value.' })
export class UpdateWebhookInput implements UpdateWebhookRequest {
  @Field(() => ID, { description: 'Global id of the Webhook.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New absolute http(s) URL (Astra: at most 500 characters). Moving away from a Paygraph URL revokes its secret.' })
  url?: string | null;

  @Field(() => WebhookEventType, { nullable: true, description: 'New event type; no other webhook may have it.' })
  eventType?: WebhookEventType | null;
}

@InputType({ description: 'Delete a webhook.' })
export class DeleteWebhookInput implements DeleteWebhookRequest {
  @Field(() => ID, { description: 'Global id of the Webhook.' })
  id!: string;
}
