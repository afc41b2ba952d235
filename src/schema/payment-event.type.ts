import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PaymentEventType } from '../events/payment-event';
import { Node } from './node.interface';
import { PaymentProvider } from './enums';
import { DateTimeScalar } from './scalars';

/**
 * The event types the schema offers: only those something publishes today, so a client cannot
 * filter on (and wait forever for) an event that never comes. `PaymentEventType` in events/ also
 * names the types the coming families will publish; each one joins this list together with the
 * code that publishes it (the confirmation or poller of its family).
 */
const PublishedPaymentEventType = {
  PIX_CHARGE_PAID: PaymentEventType.PIX_CHARGE_PAID, // Astra webhook confirmation, Pagstar charge watch
  PIX_CHARGE_REFUNDED: PaymentEventType.PIX_CHARGE_REFUNDED, // Astra webhook confirmation
  PIX_CHARGE_EXPIRED: PaymentEventType.PIX_CHARGE_EXPIRED, // Pagstar charge watch
  PAYMENT_LINK_PAID: PaymentEventType.PAYMENT_LINK_PAID, // Astra webhook confirmation
  PAYMENT_LINK_STATUS_CHANGED: PaymentEventType.PAYMENT_LINK_STATUS_CHANGED, // Astra webhook confirmation
  AUTOMATIC_PIX_AUTHORIZATION_UPDATED: PaymentEventType.AUTOMATIC_PIX_AUTHORIZATION_UPDATED, // Automatic Pix poller
  AUTOMATIC_PIX_PAYMENT_UPDATED: PaymentEventType.AUTOMATIC_PIX_PAYMENT_UPDATED, // Automatic Pix poller
  PIX_PAYOUT_UPDATED: PaymentEventType.PIX_PAYOUT_UPDATED, // Astra PIX_OUTBOUND confirmation
  CARD_PAYMENT_UPDATED: PaymentEventType.CARD_PAYMENT_UPDATED, // Astra webhook confirmation (cards)
  CARD_CHARGEBACK: PaymentEventType.CARD_CHARGEBACK, // Astra webhook confirmation (cards)
  CARD_RECURRING_CHARGED: PaymentEventType.CARD_RECURRING_CHARGED, // Astra webhook confirmation (card recurrences)
} as const satisfies Partial<Record<PaymentEventType, PaymentEventType>>;

registerEnumType(PublishedPaymentEventType, {
  name: 'PaymentEventType',
  description: 'What happened. Events are published only after Paygraph confirmed them with the provider.',
  valuesConfig: {
    PIX_CHARGE_PAID: { description: 'A Pix charge was paid (subject: the PixCharge).' },
    PIX_CHARGE_REFUNDED: { description: 'A refund of a Pix charge completed (subject: the PixCharge, with its new amountRefunded).' },
    PIX_CHARGE_EXPIRED: { description: 'A Pix charge expired or was cancelled unpaid (subject: the PixCharge).' },
    PAYMENT_LINK_PAID: { description: 'A payment link was paid by Pix or card (subject: the PaymentLink, with its payment).' },
    PAYMENT_LINK_STATUS_CHANGED: { description: 'A payment link expired or was cancelled (subject: the PaymentLink).' },
    AUTOMATIC_PIX_AUTHORIZATION_UPDATED: {
      description:
        'An Automatic Pix authorization was seen in a new status (subject: the AutomaticPixAuthorization). Polled while someone subscribes to automaticPixAuthorizationUpdated: Astra sends no webhook for it.',
    },
    AUTOMATIC_PIX_PAYMENT_UPDATED: {
      description:
        'An Automatic Pix payment was seen in a new status or attempt (subject: the AutomaticPixPayment). Polled while someone subscribes to automaticPixPaymentUpdated.',
    },
    PIX_PAYOUT_UPDATED: { description: 'A payment of a Pix payout batch was paid or failed (subject: the PixPayoutBatch, re-read from the provider). One event per payment.' },
    CARD_PAYMENT_UPDATED: { description: 'A card transaction was approved or cancelled (subject: the CardTransaction).' },
    CARD_CHARGEBACK: { description: 'An approved card transaction was charged back by the cardholder (subject: the CardTransaction).' },
    CARD_RECURRING_CHARGED: {
      description:
        'A planned charge of a card recurrence became final: paid, or failed after its last attempt (subject: the CardRecurrence, re-read from the provider; its schedules say which). One event per charge.',
    },
  },
});

@ObjectType({ description: 'Something that happened at a provider, confirmed by re-fetching the subject.' })
export class PaymentEvent {
  @Field(() => ID, { description: 'Stable per provider event: duplicate deliveries of one event share it.' })
  id!: string;

  @Field({ description: 'Resume point: pass it as `paymentEvents(after:)` after a reconnect to receive what you missed.' })
  cursor!: string;

  @Field(() => PublishedPaymentEventType, { description: 'What happened.' })
  type!: PaymentEventType;

  @Field(() => PaymentProvider, { description: 'Which provider reported it.' })
  provider!: PaymentProvider;

  @Field(() => DateTimeScalar, { description: 'When it happened at the provider.' })
  occurredAt!: Date;

  @Field(() => Node, { nullable: true, description: 'The object as re-fetched from the provider after the event.' })
  subject!: Node | null;
}

@InputType({ description: 'Which events to receive. All given conditions must hold.' })
export class PaymentEventFilter {
  @Field(() => [PublishedPaymentEventType], { nullable: true, description: 'Only these types.' })
  types?: PaymentEventType[];

  @Field(() => PaymentProvider, { nullable: true, description: 'Only this provider.' })
  provider?: PaymentProvider;

  @Field(() => ID, { nullable: true, description: 'Only events about this object (global id).' })
  subjectId?: string;
}
