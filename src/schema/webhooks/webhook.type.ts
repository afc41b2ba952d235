import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentProvider } from '../enums';
import { DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { WebhookEventType } from '../../domain/webhooks/model';

export { WebhookEventType };

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'Which events a provider webhook receives (Astra webhook types). A provider keeps at most one webhook per type.',
  valuesConfig: {
    PIX_QR_INBOUND: { description: 'Pix charge (dynamic QR code) paid, and its refunds completed.' },
    PIX_QR_PARTNER_INBOUND: { description: 'Partner Pix QR code payments (not used by Paygraph today).' },
    PIX_OUTBOUND: { description: 'Outbound Pix: Pix Checkout pay-outs paid or failed.' },
    CARD_PAYMENT_INBOUND: { description: 'Card transactions approved or cancelled.' },
    CARD_CHARGEBACK: { description: 'Card chargebacks.' },
    CARD_RECURRING_INBOUND: { description: 'Card recurrence charges paid or failed.' },
    PAYMENT_LINK_INBOUND: { description: 'Payment links paid, expired or cancelled.' },
  },
});

@ObjectType({
  implements: Node,
  description: "A webhook registered at a provider: where it sends one type of event. Paygraph's own URLs (which carry a secret) are always shown masked.",
})
export class Webhook extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` reads the registration again from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider sends to this webhook.' })
  provider!: PaymentProvider;

  @Field({
    description: 'Where the provider sends the events. A Paygraph URL has its secret path segment masked (`…/webhooks/astra/****`); other URLs are shown as registered.',
  })
  url!: string;

  @Field(() => WebhookEventType, { description: 'The type of event this webhook receives.' })
  eventType!: WebhookEventType;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was registered.' })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its URL or type last changed.' })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'One attempt of the provider to deliver one event to a webhook (retries are separate attempts).' })
export class WebhookDelivery {
  @Field(() => ID, { description: "The provider's id of this delivery attempt." })
  id!: string;

  @Field(() => WebhookEventType, { description: 'The type of the event delivered.' })
  eventType!: WebhookEventType;

  @Field(() => Int, { nullable: true, description: 'HTTP status the receiver answered; null when no answer arrived (timeout, connection refused).' })
  httpStatus!: number | null;

  @Field({ description: 'True when the receiver answered 2xx in time.' })
  success!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the provider made this attempt.' })
  attemptedAt!: Date;
}

export const { Edge: WebhookDeliveryEdge, Connection: WebhookDeliveryConnection } = connectionTypes('WebhookDelivery', WebhookDelivery, false);
