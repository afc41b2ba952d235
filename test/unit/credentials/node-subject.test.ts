import { NodeResolver } from '../../../src/resolvers/node.resolver';
import { ForbiddenError } from '../../../src/errors/domain-errors';
import { encodeGlobalId } from '../../../src/lib/global-id';
import type { GraphQLContext } from '../../../src/context';

// The second line behind the edge's admission (src/credentials/admission.ts): the node resolvers
// themselves refuse a client token any id but its subject, before any fetch.
const OWN = encodeGlobalId('PixCharge', 'ASTRA', 'astra000000000000000000000000001');
const OTHER = encodeGlobalId('PixCharge', 'ASTRA', 'astra000000000000000000000000002');

function contextFor(kind: 'client-token' | 'server-key', fetched: string[]): GraphQLContext {
  const fetcher = (_ctx: unknown, _provider: string, providerId: string) => {
    fetched.push(providerId);
    return Promise.resolve({ id: providerId });
  };
  return {
    client: { clientId: 'c', kind, scopes: new Set(['read']), ...(kind === 'client-token' ? { subjectId: OWN } : {}) },
    services: { nodeFetchers: new Map([['PixCharge', fetcher]]) },
  } as unknown as GraphQLContext;
}

test('a client token reads its subject through node and nodes', async () => {
  const fetched: string[] = [];
  const resolver = new NodeResolver();
  await resolver.node(OWN, contextFor('client-token', fetched));
  await resolver.nodes([OWN, OWN], contextFor('client-token', fetched));
  expect(fetched).toHaveLength(3);
});

test('any other id is FORBIDDEN before anything is fetched, alone or among its own', async () => {
  const fetched: string[] = [];
  const resolver = new NodeResolver();
  await expect(resolver.node(OTHER, contextFor('client-token', fetched))).rejects.toBeInstanceOf(ForbiddenError);
  await expect(resolver.nodes([OWN, OTHER], contextFor('client-token', fetched))).rejects.toBeInstanceOf(ForbiddenError);
  expect(fetched).toEqual([]);
});

test('server keys are not narrowed here (their scopes apply)', async () => {
  const fetched: string[] = [];
  await new NodeResolver().node(OTHER, contextFor('server-key', fetched));
  expect(fetched).toEqual(['astra000000000000000000000000002']);
});
