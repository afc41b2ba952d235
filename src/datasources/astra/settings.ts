import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { envInt, envUrl } from '../../config/env-schema';
import { callPolicyEnv, callPolicyFrom, type ProviderEndpoint } from '../../config/providers';
import type { ProviderSettings } from '../../provider-module';
import { ASTRA_ASSUMPTIONS } from './assumptions';

/** Astra's environment variables (README, "Configuration"). */
export const ASTRA_ENV = {
  ASTRA_CLIENT_ID: z.string().min(1).optional(),
  ASTRA_CLIENT_SECRET: z.string().min(1).optional(),
  ASTRA_BASE_URL: envUrl.optional(),
  ASTRA_TOKEN_URL: envUrl.optional(),
  ...callPolicyEnv('ASTRA'),
  SANDBOX_ASTRA_PORT: envInt(0, 0, 65535),
};

type AstraEnv = z.infer<z.ZodObject<typeof ASTRA_ENV>>;

/** Astra's settings (`config.providers.astra`). Astra sends webhooks for everything it does: no polling interval. */
export function astraSettings(e: AstraEnv): ProviderSettings<ProviderEndpoint> {
  return {
    endpoint: astraEndpoint(e),
    http: callPolicyFrom('ASTRA', e, ASTRA_ASSUMPTIONS.completionHorizonMs),
    webhookIps: [],
    sandboxPort: e.SANDBOX_ASTRA_PORT,
  };
}

/** ASTRA_CLIENT_ID + ASTRA_CLIENT_SECRET + ASTRA_BASE_URL (+ ASTRA_TOKEN_URL). None set → undefined (sandbox). */
function astraEndpoint(e: AstraEnv): ProviderEndpoint | undefined {
  const given = { ASTRA_CLIENT_ID: e.ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET: e.ASTRA_CLIENT_SECRET, ASTRA_BASE_URL: e.ASTRA_BASE_URL };
  const missing = Object.entries(given)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`${missing.join(', ')}: required when any of ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET, ASTRA_BASE_URL is set`);
  }
  const baseUrl = e.ASTRA_BASE_URL!.replace(/\/+$/, '');
  return {
    clientId: e.ASTRA_CLIENT_ID!,
    clientSecret: e.ASTRA_CLIENT_SECRET!,
    baseUrl,
    tokenUrl: e.ASTRA_TOKEN_URL ?? `${baseUrl}/oauth/v1/token`,
    environment: new URL(baseUrl).host,
  };
}

/** The endpoint of the embedded Astra simulator (sandbox mode). */
export function astraSandboxEndpoint(simulator: { url: string; clientId: string; clientSecret: string }): ProviderEndpoint {
  return {
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
    baseUrl: simulator.url,
    tokenUrl: `${simulator.url}/oauth/v1/token`,
    environment: 'sandbox-simulator',
  };
}
