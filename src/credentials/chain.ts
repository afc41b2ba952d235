import { OPEN_CLIENT, serverKeyIdentity, type ClientIdentity } from '../context';
import type { ApiKey } from '../config';
import type { CredentialResolver, PresentedCredential } from './resolver';

/** Identifies a caller from what it presented (undefined: no credential at all); null = refused (401 / 4403). */
export type CredentialChain = (presented: PresentedCredential | undefined) => Promise<ClientIdentity | null>;

/**
 * Asks each resolver in turn (server keys first, then the browser kinds: issue 24). The first that
 * recognises the bearer decides: its identity, or `'refused'` (no later resolver is asked, so an
 * expired client token never falls through to a weaker rule). `open` is the sandbox without
 * API_KEYS: no credential, or one nobody recognises, is the open client, as before issue 24; a
 * recognised but refused credential is still refused there.
 */
export function createCredentialChain(resolvers: readonly CredentialResolver[], options: { open: boolean }): CredentialChain {
  return async (presented) => {
    if (!presented) return options.open ? OPEN_CLIENT : null;
    for (const resolve of resolvers) {
      const answer = await resolve(presented);
      if (answer === 'refused') return null;
      if (answer) return answer;
    }
    return options.open ? OPEN_CLIENT : null;
  };
}

/** Server keys (API_KEYS), compared in constant time. */
export function serverKeyResolver(keys: ApiKey[]): CredentialResolver {
  return (presented) => Promise.resolve(serverKeyIdentity(keys, presented.bearer));
}

/** The bearer of a request: `x-api-key`, else `Authorization: Bearer …`; undefined when neither came. */
export function bearerOf(headers: { authorization?: string; apiKey?: string }): string | undefined {
  const bearer = headers.apiKey ?? /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
  return bearer ? bearer : undefined;
}
