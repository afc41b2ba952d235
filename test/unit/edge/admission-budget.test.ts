import 'reflect-metadata';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../../src/build-schema';
import { createGraphqlPolicy, type AdmissionCheck } from '../../../src/edge/graphql-policy';

/** The admitted estimate is handed to the transport (it becomes the operation's provider-call budget). */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ sandbox: true });
});

const client = { clientId: 'c1', kind: 'server-key' as const, scopes: new Set(['read']) };
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

async function admit(ids: string[], checks: AdmissionCheck[] = []) {
  const policy = createGraphqlPolicy({ introspection: false, hideSuggestions: false, maxProviderCalls: 5 }, checks);
  const admitted: number[] = [];
  const refusal = await policy.admit({ schema, document: parse(NODES), variables: { ids }, client, onAdmitted: ({ providerCalls }) => admitted.push(providerCalls) });
  return { refusal, admitted };
}

describe('admission hands the estimate on', () => {
  test('an admitted operation reports its estimate once', async () => {
    const { refusal, admitted } = await admit(['a', 'b', 'c']);
    expect(refusal).toBeNull();
    expect(admitted).toEqual([3]);
  });

  test('an operation over MAX_PROVIDER_CALLS is refused and reports nothing', async () => {
    const { refusal, admitted } = await admit(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(refusal?.extensions.code).toBe('COST_LIMIT');
    expect(admitted).toEqual([]);
  });

  test('an operation refused by a later check (rate limit) reports nothing', async () => {
    const rateLimited: AdmissionCheck = () => Promise.resolve(new GraphQLError('slow down', { extensions: { code: 'RATE_LIMITED' } }));
    const { refusal, admitted } = await admit(['a'], [rateLimited]);
    expect(refusal?.extensions.code).toBe('RATE_LIMITED');
    expect(admitted).toEqual([]);
  });
});
