import { getNamedType, isInterfaceType, type GraphQLField } from 'graphql';
import { encodeGlobalId } from '../../src/lib/global-id';
import { PROVIDERS } from '../../src/providers';
import { baselines } from '../helpers/operation-baselines';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../helpers/paygraph';
import { ROOT_FIELDS, SCHEMA, baselineFor, providerCalls, send, textPositions, withValueAt } from '../helpers/text-positions';

/**
 * Issue 23, case 6: a well-formed global id whose provider id is "." or ".." (or another path
 * trick) named another URL (`GET /charge/v1/` and the list endpoint). Every global id is decoded
 * against the provider's id pattern (ASM-A55, ASM-P11), so such an id is an invalid id wherever
 * it is used: `node`/`nodes` and filters answer BAD_USER_INPUT, mutations the INVALID user error
 * at the id's input path (like any other malformed id), subscriptions BAD_USER_INPUT, with 0
 * provider calls.
 */
const TRICKS = ['.', '..', '%2F', '../x', ' '];

/** The object type each global-id position expects; ids that are not global ids are listed apart. */
const GLOBAL_ID_TYPES: Record<string, string> = {
  'Query.automaticPixPayments:filter.authorizationId': 'AutomaticPixAuthorization',
  'Query.cardTransactions:filter.savedCardId': 'SavedCard',
  'Mutation.cancelCardRecurrence:input.recurrenceId': 'CardRecurrence',
  'Mutation.cancelCardRecurrenceSchedule:input.recurrenceId': 'CardRecurrence',
  'Mutation.cancelCardTransaction:input.transactionId': 'CardTransaction',
  'Mutation.cancelDueDatePixCharge:input.id': 'DueDatePixCharge',
  'Mutation.cancelPixPayoutBatch:input.batchId': 'PixPayoutBatch',
  'Mutation.chargeCard:input.savedCardId': 'SavedCard',
  'Mutation.chargeSavedCard:input.savedCardId': 'SavedCard',
  'Mutation.createClientToken:input.subjectId': 'PixCharge',
  'Mutation.createAutomaticPixPayment:input.authorizationId': 'AutomaticPixAuthorization',
  'Mutation.deleteSavedCard:input.savedCardId': 'SavedCard',
  'Mutation.deleteWebhook:input.id': 'Webhook',
  'Mutation.refundPixCharge:input.chargeId': 'PixCharge',
  'Mutation.cancelPixCharge:input.id': 'PixCharge',
  'Mutation.releasePixPayoutBatch:input.batchId': 'PixPayoutBatch',
  'Mutation.retryAutomaticPixPayment:input.paymentId': 'AutomaticPixPayment',
  'Mutation.simulateDueDatePixChargePayment:input.id': 'DueDatePixCharge',
  'Mutation.simulatePixChargePayment:input.chargeId': 'PixCharge',
  'Mutation.updateDueDatePixCharge:input.id': 'DueDatePixCharge',
  'Mutation.updateWebhook:input.id': 'Webhook',
  'Subscription.automaticPixAuthorizationUpdated:id': 'AutomaticPixAuthorization',
  'Subscription.automaticPixPaymentUpdated:id': 'AutomaticPixPayment',
  'Subscription.cardRecurrenceUpdated:id': 'CardRecurrence',
  'Subscription.cardTransactionUpdated:id': 'CardTransaction',
  'Subscription.dueDatePixChargeUpdated:id': 'DueDatePixCharge',
  'Subscription.paymentEvents:filter.subjectId': 'PixCharge',
  'Subscription.paymentLinkUpdated:id': 'PaymentLink',
  'Subscription.pixChargeUpdated:id': 'PixCharge',
  'Subscription.pixPayoutBatchUpdated:id': 'PixPayoutBatch',
  'Subscription.pixPayoutUpdated:id': 'PixPayout',
};
/** ID positions that carry a provider-side id chosen or read elsewhere, not a global id (checked by the text policy). */
const PLAIN_IDS = new Set(['Mutation.cancelCardRecurrenceSchedule:input.scheduleId', 'Mutation.createPixPayoutBatch:input.payments.0.paymentId']);
/** node/nodes take any type: covered per Node type below. */
const ANY_TYPE = new Set(['Query.node:id', 'Query.nodes:ids.0']);

const ID_POSITIONS = ROOT_FIELDS.flatMap(({ operation, field, key }) =>
  textPositions(field.args)
    .filter((position) => position.scalar === 'ID')
    .map((position) => ({ operation, field, key, path: position.path, name: `${key}:${position.path.join('.')}` })),
);
const NODE_TYPES = SCHEMA.getPossibleTypes(getNamedType(SCHEMA.getQueryType()!.getFields().node.type) as never).map((type) => type.name);

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

async function callsDuring(work: () => Promise<GraphQLResponse>): Promise<{ response: GraphQLResponse; calls: number }> {
  await app.sandbox!.astra.waitForIdle();
  const before = providerCalls(app);
  const response = await work();
  return { response, calls: providerCalls(app) - before };
}

test('every ID position of the schema is classified (a new one needs a decision here)', () => {
  expect(isInterfaceType(getNamedType(SCHEMA.getQueryType()!.getFields().node.type))).toBe(true);
  const unclassified = ID_POSITIONS.map((p) => p.name).filter((name) => !(name in GLOBAL_ID_TYPES) && !PLAIN_IDS.has(name) && !ANY_TYPE.has(name));
  expect(unclassified).toEqual([]);
  expect(NODE_TYPES.length).toBeGreaterThanOrEqual(10);
});

describe.each(PROVIDERS.map(({ code }) => code))('%s provider ids', (provider) => {
  test.each(NODE_TYPES)('node and nodes refuse a %s id with a dot segment or a path trick', async (type) => {
    const failures: string[] = [];
    for (const trick of TRICKS) {
      const id = encodeGlobalId(type, provider, trick);
      for (const [name, query, variables] of [
        ['node', 'query($id: ID!) { node(id: $id) { id } }', { id }],
        ['nodes', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id] }],
      ] as const) {
        const { response, calls } = await callsDuring(() => app.gql(query, variables));
        const code = response.errors?.[0]?.extensions?.code;
        if (code !== 'BAD_USER_INPUT' || calls !== 0) failures.push(`${name} ${JSON.stringify(trick)}: ${String(code)}, ${calls} provider calls`);
      }
    }
    expect(failures).toEqual([]);
  });

  test.each(Object.keys(GLOBAL_ID_TYPES))('%s refuses an id with a dot segment or a path trick', async (name) => {
    const position = ID_POSITIONS.find((p) => p.name === name)!;
    const baseline = baselineFor(baselines(app)[position.key], position.path)!;
    const failures: string[] = [];
    for (const trick of TRICKS) {
      const variables = withValueAt(baseline, position.path, encodeGlobalId(GLOBAL_ID_TYPES[name], provider, trick))!;
      const { response, calls } = await callsDuring(() => send(app, position.operation, position.field, variables));
      const answer = invalidIdAnswer(response, position.field, position.path);
      if (!answer || calls !== 0) failures.push(`${JSON.stringify(trick)}: ${JSON.stringify(response)}, ${calls} provider calls`);
    }
    expect(failures).toEqual([]);
  });
});

/** A mutation payload's INVALID user error at the id's path, or a top-level BAD_USER_INPUT. */
function invalidIdAnswer(response: GraphQLResponse, field: GraphQLField<unknown, unknown>, path: string[]): boolean {
  const payload = (response.data as Record<string, { userErrors?: Array<{ field: string[] | null; code: string }> } | null> | undefined)?.[field.name];
  if (payload?.userErrors) {
    return (
      response.errors === undefined &&
      payload.userErrors.length === 1 &&
      JSON.stringify(payload.userErrors[0].field) === JSON.stringify(path) &&
      payload.userErrors[0].code === 'INVALID'
    );
  }
  return response.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT') ?? false;
}
