import { authenticate, type ClientIdentity, type Services } from '../../../src/context';
import type { CredentialResolver } from '../../../src/credentials/resolver';

// The order of identification: server keys, then each resolver; its answers decide (unit: the
// resolvers are stand-ins recording what they were asked).
const SERVER_KEY = 'server-key-0123456789abcdef';
const STAFF: ClientIdentity = { clientId: 'oidc:ana', kind: 'oidc', scopes: new Set(['read']) };

function servicesWith(apiKeys: Services['config']['apiKeys'], resolvers: CredentialResolver[]): Services {
  return { config: { apiKeys }, credentialResolvers: resolvers } as unknown as Services;
}

function recording(answer: ClientIdentity | null | 'refused'): CredentialResolver & { asked: string[] } {
  const asked: string[] = [];
  return Object.assign(
    (presented: { bearer: string }) => {
      asked.push(presented.bearer);
      return Promise.resolve(answer);
    },
    { asked },
  );
}

const keys = [{ clientId: 'ops', key: SERVER_KEY, scopes: ['read', 'write'] }];

test('a server key is matched first; no resolver is asked', async () => {
  const resolver = recording(STAFF);
  const client = await authenticate(servicesWith(keys, [resolver]), { authorization: `Bearer ${SERVER_KEY}` });
  expect(client).toMatchObject({ clientId: 'ops', kind: 'server-key' });
  expect(resolver.asked).toEqual([]);
});

test('a bearer that is no server key goes to the resolvers in order; the first identity wins', async () => {
  const notMine = recording(null);
  const staff = recording(STAFF);
  const after = recording({ ...STAFF, clientId: 'never' });
  expect(await authenticate(servicesWith(keys, [notMine, staff, after]), { authorization: 'Bearer eyJ.a.b' })).toBe(STAFF);
  expect([notMine.asked, staff.asked, after.asked]).toEqual([['eyJ.a.b'], ['eyJ.a.b'], []]);
});

test('a refused credential is refused outright: no later resolver is asked', async () => {
  const refusing = recording('refused');
  const after = recording(STAFF);
  expect(await authenticate(servicesWith(keys, [refusing, after]), { authorization: 'Bearer eyJ.a.b' })).toBeNull();
  expect(after.asked).toEqual([]);
});

test('nobody accepts it, or nothing is presented: null when keys are configured', async () => {
  const resolver = recording(null);
  expect(await authenticate(servicesWith(keys, [resolver]), { authorization: 'Bearer unknown-0123456789' })).toBeNull();
  expect(await authenticate(servicesWith(keys, [resolver]), {})).toBeNull();
  expect(resolver.asked).toEqual(['unknown-0123456789']);
});

test('open sandbox: a presented OIDC token is honoured (narrower), a refused one is refused, none is open', async () => {
  expect(await authenticate(servicesWith([], [recording(STAFF)]), { authorization: 'Bearer eyJ.a.b' })).toBe(STAFF);
  expect(await authenticate(servicesWith([], [recording('refused')]), { authorization: 'Bearer eyJ.a.b' })).toBeNull();
  expect(await authenticate(servicesWith([], [recording(null)]), {})).toMatchObject({ kind: 'open' });
});
