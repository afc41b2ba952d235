import { createCredentialChain, serverKeyResolver, bearerOf } from '../../../src/credentials/chain';
import type { CredentialResolver } from '../../../src/credentials/resolver';
import type { ClientIdentity } from '../../../src/context';

const KEY = 'server-key-0123456789abcdef';
const tokenIdentity: ClientIdentity = { clientId: 'shop:client-token:1', kind: 'client-token', scopes: new Set(['read']) };

/** Answers for bearers starting with `ct.`: refused for `ct.bad`, asked-count kept. */
function fakeTokens(): CredentialResolver & { asked: number } {
  const resolver = Object.assign(
    (presented: { bearer: string }) => {
      resolver.asked++;
      if (!presented.bearer.startsWith('ct.')) return Promise.resolve(null);
      return Promise.resolve(presented.bearer === 'ct.bad' ? ('refused' as const) : tokenIdentity);
    },
    { asked: 0 },
  );
  return resolver;
}

describe('createCredentialChain', () => {
  const servers = serverKeyResolver([{ clientId: 'shop', key: KEY, scopes: ['read', 'write'] }]);

  test('server keys are asked first and decide without the later resolvers', async () => {
    const tokens = fakeTokens();
    const chain = createCredentialChain([servers, tokens], { open: false });
    expect(await chain({ bearer: KEY })).toMatchObject({ clientId: 'shop', kind: 'server-key' });
    expect(tokens.asked).toBe(0);
    expect(await chain({ bearer: 'ct.good' })).toBe(tokenIdentity);
  });

  test('a refused credential is refused, and no later resolver is asked', async () => {
    const later = fakeTokens();
    const chain = createCredentialChain([servers, fakeTokens(), later], { open: false });
    expect(await chain({ bearer: 'ct.bad' })).toBeNull();
    expect(later.asked).toBe(0);
  });

  test('closed: nothing presented, or nothing recognised, is refused', async () => {
    const chain = createCredentialChain([servers, fakeTokens()], { open: false });
    expect(await chain(undefined)).toBeNull();
    expect(await chain({ bearer: 'unknown-key-0123456789' })).toBeNull();
  });

  test('open sandbox: nothing presented or unrecognised is the open client, a refused token still refused', async () => {
    const chain = createCredentialChain([servers, fakeTokens()], { open: true });
    expect(await chain(undefined)).toMatchObject({ kind: 'open' });
    expect(await chain({ bearer: 'unknown-key-0123456789' })).toMatchObject({ kind: 'open' });
    expect(await chain({ bearer: 'ct.good' })).toBe(tokenIdentity);
    expect(await chain({ bearer: 'ct.bad' })).toBeNull();
  });

  test('bearerOf: x-api-key, else Authorization: Bearer', () => {
    expect(bearerOf({ apiKey: 'a', authorization: 'Bearer b' })).toBe('a');
    expect(bearerOf({ authorization: 'bearer  b ' })).toBe('b');
    expect(bearerOf({ authorization: 'Basic b' })).toBeUndefined();
  });
});
