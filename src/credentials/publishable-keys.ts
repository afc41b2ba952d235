import type { ClientIdentity } from '../context';
import type { PublishableKey } from '../config';
import { constantTimeEqual } from '../context';
import type { CredentialResolver } from './resolver';

/**
 * Publishable keys (PUBLISHABLE_KEYS, docs/security.md): safe in a page's source, because they
 * may only run saveCard and decodeBrCode (src/credentials/admission.ts) and only from their own
 * origins. A `pk_` bearer that matches no key, or comes from another origin (or none), is refused.
 */
export function publishableKeyResolver(keys: readonly PublishableKey[]): CredentialResolver {
  return ({ bearer, origin, address }) => {
    if (!bearer.startsWith('pk_')) return Promise.resolve(null);
    const match = keys.find((candidate) => constantTimeEqual(candidate.key, bearer));
    if (!match || origin === undefined || !match.origins.includes(origin)) return Promise.resolve('refused');
    const identity: ClientIdentity = {
      clientId: `publishable:${match.id}`,
      kind: 'publishable-key',
      // saveCard needs `write` and `cards`; src/credentials/admission.ts allows nothing but it and decodeBrCode.
      scopes: new Set(['read', 'write', 'cards']),
      origins: match.origins,
      ...(address ? { address } : {}),
    };
    return Promise.resolve(identity);
  };
}
