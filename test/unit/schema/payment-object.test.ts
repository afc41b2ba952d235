import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../../src/build-schema';

/**
 * Issue 26, item 3: a generic client reads every payment object through one interface, and the
 * schema says the same thing the same way everywhere (dates, amounts, documents). Checked on the
 * schema the server builds (the sandbox one: the live schema is the same minus sandbox-only fields).
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ sandbox: true });
});

const GENERIC_FEED = `
  subscription GenericFeed($after: String) {
    paymentEvents(after: $after) {
      type
      subject {
        id
        ... on PaymentObject { id provider providerId state amount { amount currency } createdAt updatedAt }
      }
    }
  }`;

/** Output fields of every object and interface type, with where they are. */
function outputFields(): { where: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType | GraphQLInterfaceType => !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type)))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ where: `${type.name}.${field.name}`, field })));
}

function inputFields(): { where: string; field: GraphQLInputField }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && isInputObjectType(type))
    .flatMap((type) => Object.values((type as { getFields(): Record<string, GraphQLInputField> }).getFields()).map((field) => ({ where: `${type.name}.${field.name}`, field })));
}

/** An object type, or an interface (a subject may be named by its interface, e.g. `Refund`), implementing PaymentObject. */
function implementsPaymentObject(name: string): boolean {
  const type = schema.getType(name);
  return (isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'PaymentObject');
}

describe('PaymentObject: one interface for every event subject', () => {
  test('a generic paymentEvents subscription with one fragment on PaymentObject validates (no aliases)', () => {
    expect(validate(schema, parse(GENERIC_FEED)).map((error) => error.message)).toEqual([]);
  });

  test('every type named as a subject in the event-type descriptions implements PaymentObject', () => {
    const eventTypes = schema.getType('PaymentEventType') as GraphQLEnumType;
    const named = eventTypes.getValues().flatMap((value) => [...(value.description ?? '').matchAll(/subject: the (\w+)/g)].map((match) => match[1]));
    // The descriptions name at least these (a new family's subject joins them); each must be a payment object.
    expect(named).toEqual(
      expect.arrayContaining(['AutomaticPixAuthorization', 'AutomaticPixPayment', 'CardTransaction', 'CardRecurrence', 'PaymentLink', 'PixCharge', 'PixPayoutBatch']),
    );
    expect(named.filter((name) => !implementsPaymentObject(name))).toEqual([]);
  });

  test('every Node but SavedCard and Webhook (not payment objects) implements PaymentObject, refunds included', () => {
    const nodes = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'));
    const payments = nodes.map((type) => type.name).filter((name) => !['SavedCard', 'Webhook'].includes(name));
    expect(payments).toEqual(
      expect.arrayContaining([
        'PixCharge',
        'PixRefund',
        'CardRefund',
        'PaymentLink',
        'PixPayoutBatch',
        'AutomaticPixAuthorization',
        'AutomaticPixPayment',
        'CardTransaction',
        'CardRecurrence',
      ]),
    );
    expect(payments.filter((name) => !implementsPaymentObject(name))).toEqual([]);
    const refund = schema.getType('Refund') as GraphQLInterfaceType;
    expect(refund.getInterfaces().map((i) => i.name)).toContain('PaymentObject');
  });

  test("each type's state says how its own status maps, value by value", () => {
    const implementations = schema.getImplementations(schema.getType('PaymentObject') as GraphQLInterfaceType).objects;
    for (const type of implementations) {
      const status = getNamedType(type.getFields().status.type) as GraphQLEnumType;
      const description = type.getFields().state.description ?? '';
      for (const value of status.getValues()) expect(`${type.name}: ${description}`).toMatch(new RegExp(`\\b${value.name} → [A-Z_]+`));
    }
  });

  test('old provider-id names stay, deprecated in favour of providerId', () => {
    const deprecated = outputFields()
      .filter(({ field }) => field.deprecationReason === 'Use providerId.')
      .map(({ where }) => where);
    expect(deprecated).toEqual(
      expect.arrayContaining([
        'PixCharge.txid',
        'PixRefund.refundId',
        'CardRefund.refundId',
        'Refund.refundId',
        'PixPayoutBatch.batchId',
        'CardTransaction.transactionId',
        'CardRecurrence.recurrenceId',
        'SavedCard.token',
      ]),
    );
  });
});

describe('one shape for one kind of value', () => {
  const DATE_LIKE = /(At|Date)$|^(date|today)$/;

  test('no date-looking output field is a String (DateTime or Date instead)', () => {
    const dates = outputFields().filter(({ field }) => DATE_LIKE.test(field.name));
    expect(dates.length).toBeGreaterThan(40);
    expect(dates.filter(({ field }) => getNamedType(field.type).name === 'String').map(({ where }) => where)).toEqual([]);
    // The calendar days are the Date scalar, not instants.
    const days = ['AutomaticPixPayment.dueDate', 'AutomaticPixPayment.scheduledDate', 'CardRecurrence.nextChargeDate', 'PixPayout.scheduledDate', 'SandboxClock.today'];
    for (const where of days) expect([where, getNamedType(dates.find((d) => d.where === where)!.field.type).name]).toEqual([where, 'Date']);
  });

  test('no amount-looking output field is a bare Decimal (Money instead), deprecated aliases aside', () => {
    const amounts = outputFields().filter(({ where, field }) => /amount/i.test(field.name) && !where.startsWith('Money.'));
    expect(amounts.length).toBeGreaterThan(15);
    expect(amounts.filter(({ field }) => getNamedType(field.type).name === 'Decimal' && !field.deprecationReason).map(({ where }) => where)).toEqual([]);
    expect(getNamedType((schema.getType('BrCodeDecodeResult') as GraphQLObjectType).getFields().fixedAmount.type).name).toBe('Money');
  });

  test('no document field, output or input, is a String (CpfCnpj instead)', () => {
    const documents = [...outputFields(), ...inputFields()].filter(({ field }) => /document/i.test(field.name));
    expect(documents.map(({ where }) => where)).toEqual(expect.arrayContaining(['Party.document', 'PaymentLink.payerDocument', 'PartyInput.document']));
    expect(documents.filter(({ field }) => getNamedType(field.type).name !== 'CpfCnpj').map(({ where }) => where)).toEqual([]);
  });
});

describe('a list a provider cannot serve does not null the whole answer', () => {
  test('every provider-selected list query is nullable, so its error stays on its own field', () => {
    const query = schema.getQueryType()!.getFields();
    const lists = Object.values(query).filter((field) =>
      field.args.some((arg) => arg.name === 'provider' || (arg.name === 'filter' && 'provider' in (getNamedType(arg.type) as { getFields(): object }).getFields())),
    );
    expect(lists.map((field) => field.name).sort()).toEqual(
      [
        'automaticPixAuthorizations',
        'automaticPixParticipants',
        'automaticPixPayments',
        'cardRecurrences',
        'cardTransactions',
        'dueDatePixCharges',
        'paymentLinks',
        'pixCharges',
        'pixPayoutBatches',
        'savedCards',
        'webhooks',
      ].sort(),
    );
    expect(lists.filter((field) => field.type.toString().endsWith('!')).map((field) => field.name)).toEqual([]);
  });
});
