// oidc-provider 9 ships no type declarations (and @types/oidc-provider is not installed): the
// little of it test/helpers/oidc-provider.ts uses, typed just enough to keep that helper checked.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface ResourceServerToken {
    resourceServer?: { accessTokenTTL?: number };
  }
  interface StructuredJwt {
    header?: Record<string, unknown>;
    payload: Record<string, unknown>;
  }

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & {
        findAccount?: (ctx: unknown, sub: string) => { accountId: string; claims: () => Record<string, unknown> };
        ttl?: Record<string, number | ((ctx: unknown, token: ResourceServerToken) => number)>;
        clientBasedCORS?: (ctx: unknown, origin: string, client: { redirectUris: string[] }) => boolean;
        features?: Record<string, unknown> & {
          resourceIndicators?: Record<string, unknown> & {
            getResourceServerInfo?: (ctx: unknown, resourceIndicator: string, client: unknown) => Record<string, unknown>;
          };
        };
        formats?: { customizers?: { jwt?: (ctx: unknown, token: unknown, jwt: StructuredJwt) => void | Promise<void> } };
      },
    );
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  }
}
