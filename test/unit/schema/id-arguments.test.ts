import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLInputField } from 'graphql';

/**
 * Contract (schema-sketch.graphql): every argument or input field that takes a Paygraph global id
 * is typed `ID`, so a client that declares its variable as `ID!` (the type of every `id` it reads)
 * passes validation. Names tell: `id`, `ids`, `…Id`, `…Ids`. The committed schema.graphql is the
 * one checked because `check:generated` keeps it equal to what the server builds.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));
const TAKES_AN_ID = /^(id|ids|.+Id|.+Ids)$/;

function idInputs(): { where: string; type: string }[] {
  const found: { where: string; type: string }[] = [];
  const note = (where: string, input: GraphQLArgument | GraphQLInputField): void => {
    if (TAKES_AN_ID.test(input.name)) found.push({ where, type: getNamedType(input.type).name });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) note(`${type.name}.${field.name}(${arg.name})`, arg);
    }
  }
  return found;
}

test('every argument and input field that takes a global id is an ID', () => {
  const inputs = idInputs();
  // The ones this contract was written for must be among those checked.
  expect(inputs.map((input) => input.where)).toEqual(
    expect.arrayContaining([
      'RefundPixChargeInput.chargeId',
      'SimulatePixChargePaymentInput.chargeId',
      'UpdateWebhookInput.id',
      'DeleteWebhookInput.id',
      'Query.node(id)',
      'Query.nodes(ids)',
      'Subscription.pixChargeUpdated(id)',
      'PaymentEventFilter.subjectId',
    ]),
  );
  expect(inputs.filter((input) => input.type !== 'ID')).toEqual([]);
});
