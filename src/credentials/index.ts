import type { IncomingMessage } from 'node:http';
import type { Services } from '../context';
import { bearerOf, createCredentialChain, serverKeyResolver, type CredentialChain } from './chain';
import { publishableKeyResolver } from './publishable-keys';
import type { CredentialResolver, PresentedCredential } from './resolver';

export { createCredentialChain, type CredentialChain } from './chain';
export type { CredentialResolver, PresentedCredential } from './resolver';

/**
 * The chain every transport identifies callers with (src/server.ts): server keys first, then
 * client tokens and publishable keys; `more` (e.g. OIDC) are asked last. Open (no credential
 * needed) only in the sandbox without API_KEYS.
 */
export function credentialChainFor(services: Services, more: readonly CredentialResolver[] = []): CredentialChain {
  const { config } = services;
  return createCredentialChain(
    [
      serverKeyResolver(config.apiKeys),
      ...(services.clientTokens ? [services.clientTokens.resolver] : []),
      ...(config.publishableKeys.length > 0 ? [publishableKeyResolver(config.publishableKeys)] : []),
      ...more,
    ],
    { open: config.apiKeys.length === 0 },
  );
}

/** What an HTTP request presents: its bearer, with its `Origin` and address; undefined without a bearer. */
export function presentedByRequest(req: IncomingMessage): PresentedCredential | undefined {
  const bearer = bearerOf({ authorization: req.headers.authorization, apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined });
  return bearer ? { bearer, origin: req.headers.origin, address: req.socket.remoteAddress } : undefined;
}

/**
 * What a graphql-ws socket presents: the bearer from connectionParams (browsers cannot set
 * WebSocket headers), with the upgrade request's `Origin` (browsers always send it) and address.
 */
export function presentedBySocket(params: Record<string, unknown> | undefined, request: IncomingMessage): PresentedCredential | undefined {
  const value = (key: string) => (typeof params?.[key] === 'string' ? params[key] : undefined);
  const bearer = bearerOf({ authorization: value('authorization') ?? value('Authorization'), apiKey: value('x-api-key') });
  return bearer ? { bearer, origin: request.headers.origin, address: request.socket.remoteAddress } : undefined;
}
