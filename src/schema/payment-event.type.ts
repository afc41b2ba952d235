import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { PaymentEventType } from '../events/payment-event';
import { Node } from './node.interface';
import { PaymentProvider } from './enums';
import { DateTimeScalar } from './scalars';

/**
 * The GraphQL enum PaymentEventType: every family's event types with their descriptions
 * (`Family.eventTypes`, each from its domain/<family>/events.ts), registered by build-schema.ts
 * from the family list before type-graphql builds the schema. The object is filled in place
 * because the fields below name it when their classes are defined; type-graphql reads it only
 * when it builds the schema. Only published types are declared, so a client cannot filter on
 * (and wait forever for) an event that never comes.
 */
const PaymentEventTypeEnum: Record<string, string> = {};

export function registerPaymentEventTypes(types: ReadonlyMap<PaymentEventType, string>): void {
  const names = [...types.keys()];
  const registered = Object.keys(PaymentEventTypeEnum);
  if (registered.length > 0) {
    // type-graphql keeps every registration: a second, different one would be a second enum.
    if (registered.join() !== names.join()) throw new Error('PaymentEventType is already registered with other event types.');
    return;
  }
  for (const name of names) PaymentEventTypeEnum[name] = name;
  registerEnumType(PaymentEventTypeEnum, {
    name: 'PaymentEventType',
    description: 'What happened. Events are published only after Paygraph confirmed them with the provider.',
    valuesConfig: Object.fromEntries([...types].map(([name, description]) => [name, { description }])),
  });
}

function paymentEventTypeEnum(): Record<string, string> {
  if (Object.keys(PaymentEventTypeEnum).length === 0) throw new Error('registerPaymentEventTypes(…) must run before the schema is built (build-schema.ts).');
  return PaymentEventTypeEnum;
}

@ObjectType({ description: 'Something that happened at a provider, confirmed by re-fetching the subject.' })
export class PaymentEvent {
  @Field(() => ID, { description: 'Stable per provider event: duplicate deliveries of one event share it.' })
  id!: string;

  @Field({ description: 'Resume point: pass it as `paymentEvents(after:)` after a reconnect to receive what you missed.' })
  cursor!: string;

  @Field(() => paymentEventTypeEnum(), { description: 'What happened.' })
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
  @Field(() => [paymentEventTypeEnum()], { nullable: true, description: 'Only these types.' })
  types?: PaymentEventType[];

  @Field(() => PaymentProvider, { nullable: true, description: 'Only this provider.' })
  provider?: PaymentProvider;

  @Field(() => ID, { nullable: true, description: 'Only events about this object (global id).' })
  subjectId?: string;
}
