import type { ClientIdentity } from '../context';

/**
 * How a credential reaches Paygraph: the bearer string (HTTP `Authorization: Bearer …` /
 * `x-api-key`, or graphql-ws `connectionParams`), with what the transport knows of the caller.
 */
export interface PresentedCredential {
  bearer: string;
  /** The browser's `Origin` header, when one came (browser credentials are bound to origins). */
  origin?: string;
  /** The caller's address, for per-address limits. */
  address?: string;
}

/**
 * One kind of credential (server keys, client tokens, publishable keys, OIDC tokens: issue 24).
 * Answers `null` when the bearer is not of its kind (the next resolver is asked), `'refused'` when
 * it is of its kind but not valid (expired, forged, wrong audience, wrong origin: 401, no other
 * resolver is asked), or the caller's identity.
 */
export type CredentialResolver = (presented: PresentedCredential) => Promise<ClientIdentity | null | 'refused'>;
