import { buildSchema, GraphQLError, parse, type ExecutionArgs, type GraphQLObjectType } from 'graphql';
import { createSubscriptionEvents } from '../../../src/edge/subscription-events';
import type { ClientIdentity, GraphQLContext } from '../../../src/context';
import type { Loaders } from '../../../src/family';

const schema = buildSchema('type Query { ok: Boolean } type Event { id: ID! seenWith: String } type Subscription { events: Event! }');
// The field reads the loaders it is given, as a provider-backed field would.
(schema.getType('Event') as GraphQLObjectType).getFields().seenWith.resolve = (_root, _args, ctx: GraphQLContext) => (ctx.loaders as unknown as { tag: string }).tag;

function setup(refuseAbove = Infinity) {
  const charges: Array<{ clientId: string; calls: number }> = [];
  const events = createSubscriptionEvents({
    createLoaders: () => ({ tag: 'event' }) as unknown as Loaders,
    rateLimits: {
      chargeProviderCalls: (client: ClientIdentity, calls: number) => {
        charges.push({ clientId: client.clientId, calls });
        const spent = charges.reduce((sum, charge) => sum + charge.calls, 0);
        return Promise.resolve(spent > refuseAbove ? new GraphQLError('spent', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }) : null);
      },
    },
  });
  const context = { client: { clientId: 'a', kind: 'server-key', scopes: new Set(['read']) }, loaders: { tag: 'own' } } as unknown as GraphQLContext;
  const args: ExecutionArgs = { schema, document: parse('subscription { events { id seenWith } }'), contextValue: context, rootValue: { events: { id: '1' } } };
  return { events, charges, context, args };
}

describe('subscription event executions', () => {
  test('each execution is charged the cost recorded at subscribe time, and runs with the event’s loaders', async () => {
    const { events, charges, context, args } = setup();
    events.recordEventCost(context, 3);
    const loaders = events.execution.eventScope();
    const first = await events.execution.execute(args, loaders);
    await events.execution.execute(args, loaders);
    expect(first).toEqual({ data: { events: { id: '1', seenWith: 'event' } } });
    expect(charges).toEqual([
      { clientId: 'a', calls: 3 },
      { clientId: 'a', calls: 3 },
    ]);
  });

  test('a spent budget answers the refusal and does not execute', async () => {
    const { events, context, args } = setup(2);
    events.recordEventCost(context, 3);
    const result = await events.execution.execute(args, events.execution.eventScope());
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'RATE_LIMITED', retryAfterSeconds: 7 }]);
  });

  test('without an event scope the subscription’s own loaders serve; an unrecorded subscription costs 0', async () => {
    const { events, charges, args } = setup();
    expect(await events.execution.execute(args, undefined)).toEqual({ data: { events: { id: '1', seenWith: 'own' } } });
    expect(charges).toEqual([{ clientId: 'a', calls: 0 }]);
  });
});
