import { FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { PaymentState } from '../schema/payment-object.interface';
import { Money } from '../schema/money.type';
import { DateTimeScalar } from '../schema/scalars';
import type { MoneyValue } from '../domain/models';

/** A field of `PaymentObject` whose value a record holds under another name (or computes). */
interface Mapped<R, T> {
  of: (record: R) => T;
  description: string;
}

/**
 * How one type answers the `PaymentObject` fields. Only `state` is always mapped; the others are
 * given only when the record does not already hold them under the interface's name (`providerId`,
 * `amount`, `createdAt`, `updatedAt`: a record without `updatedAt` answers null).
 */
export interface PaymentObjectMapping<R, S extends string> {
  /** What the type is called in the `state` description: "charge", "refund". */
  noun: string;
  status: (record: R) => S;
  /** Every status → the common state. A `Record` over the status enum: a new status does not compile until it is mapped. */
  states: Record<S, PaymentState>;
  providerId?: Mapped<R, string>;
  amount?: Mapped<R, MoneyValue | null>;
  updatedAt?: Mapped<R, Date | null>;
  /** Said after the mapping, when a status needs more words (e.g. FAILED may be retried). */
  stateNote?: string;
}

/** "ACTIVE → PENDING, PAID → SUCCEEDED": the mapping as GraphiQL shows it. */
export function describeStates(states: Record<string, PaymentState>): string {
  return Object.entries(states)
    .map(([status, state]) => `${status} → ${state}`)
    .join(', ');
}

/**
 * A resolver class answering the `PaymentObject` fields of one object type: add it to the family's
 * `resolvers`. Making one more type a payment object is one call of this plus
 * `implements: [Node, PaymentObject]` on the type.
 */
/** An object type, or an interface (abstract) whose implementations share one mapping (Refund). */
type GraphQLTypeClass = abstract new (...args: never[]) => object;

export function paymentObjectResolver<R, S extends string>(type: GraphQLTypeClass, mapping: PaymentObjectMapping<R, S>): ClassType {
  class PaymentObjectFields {}
  Object.defineProperty(PaymentObjectFields, 'name', { value: `${type.name}PaymentObjectFields` });

  const stateDescription =
    `Common state of this ${mapping.noun} (PaymentState, the same enum on every payment object), from \`status\`: ${describeStates(mapping.states)}.` +
    (mapping.stateNote ? ` ${mapping.stateNote}` : '');
  addField<R>(
    PaymentObjectFields,
    'state',
    () => PaymentState,
    { description: stateDescription },
    (record) => mapping.states[mapping.status(record)] ?? PaymentState.UNKNOWN,
  );
  if (mapping.providerId) addField<R>(PaymentObjectFields, 'providerId', () => String, { description: mapping.providerId.description }, mapping.providerId.of);
  if (mapping.amount) addField<R>(PaymentObjectFields, 'amount', () => Money, { nullable: true, description: mapping.amount.description }, mapping.amount.of);
  if (mapping.updatedAt) {
    addField<R>(PaymentObjectFields, 'updatedAt', () => DateTimeScalar, { nullable: true, description: mapping.updatedAt.description }, mapping.updatedAt.of);
  }
  Resolver(() => type as ClassType)(PaymentObjectFields);
  return PaymentObjectFields;
}

type TypeFn = Parameters<typeof FieldResolver>[0];

/** Applies @FieldResolver/@Root by hand: the fields a mapping adds depend on the mapping. */
function addField<R>(target: ClassType, name: string, typeFn: TypeFn, options: { description: string; nullable?: boolean }, resolve: (record: R) => unknown): void {
  const descriptor: PropertyDescriptor = { value: (record: R) => resolve(record), writable: true, configurable: true };
  Object.defineProperty(target.prototype, name, descriptor);
  Root()(target.prototype, name, 0);
  FieldResolver(typeFn as never, options)(target.prototype, name, descriptor);
}
