import type { Services } from '../context';

/** CORS_ORIGINS; by default none in production and the server's own (GraphiQL) origin otherwise. */
export function configuredCorsOrigins(services: Pick<Services, 'config' | 'publicUrl'>): string[] {
  const { config } = services;
  return config.corsOrigins ?? (config.production ? [] : [services.publicUrl()].filter((url): url is string => url !== undefined).map((url) => new URL(url).origin));
}

/**
 * Origins whose preflights pass (src/edge/http-edge.ts): CORS_ORIGINS plus every publishable key's
 * own origins, so a card form on a key's page can call /graphql. Which credential such an origin
 * may then use is the credential's business: a publishable key only from its origins
 * (src/credentials/publishable-keys.ts), a client token only from the origin it was issued for.
 */
export function browserOrigins(services: Pick<Services, 'config' | 'publicUrl'>): string[] {
  return [...new Set([...configuredCorsOrigins(services), ...services.config.publishableKeys.flatMap((key) => key.origins)])];
}
