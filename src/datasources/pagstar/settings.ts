import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { envInt, envUrl } from '../../config/env-schema';
import { parseIpList, callPolicyEnv, callPolicyFrom } from '../../config/providers';
import type { ProviderSettings } from '../../provider-module';
import { PAGSTAR_ASSUMPTIONS } from './assumptions';

export interface PagstarEndpoint {
  /** Ends in /api/v2 (ASM-P01). */
  baseUrl: string;
  tenantId: string;
  /** Sent on every call: "<Company> (<contact e-mail>)". */
  userAgent: string;
  auth: { kind: 'static'; token: string } | { kind: 'login'; email: string; accessKey: string };
  /** Part of the token cache key, so two environments never share a token. */
  environment: string;
}

/** Pagstar's environment variables (README, "Configuration"; docs/providers.md). */
export const PAGSTAR_ENV = {
  // Static token, or e-mail + access key login (ASM-P02).
  PAGSTAR_TOKEN: z.string().min(1).optional(),
  PAGSTAR_EMAIL: z.string().min(1).optional(),
  PAGSTAR_ACCESS_KEY: z.string().min(1).optional(),
  PAGSTAR_TENANT_ID: z.string().min(1).optional(),
  PAGSTAR_BASE_URL: envUrl.optional(),
  PAGSTAR_USER_AGENT: z.string().min(3).max(200).optional(),
  ...callPolicyEnv('PAGSTAR'),
  // Pagstar has no reliable webhook: its subjects are polled (docs/providers.md, "Pagstar polling").
  PAGSTAR_POLL_INTERVAL_MS: envInt(2_000, 10, 600_000),
  PAGSTAR_WEBHOOK_IPS: z.string().optional(),
  SANDBOX_PAGSTAR_PORT: envInt(0, 0, 65535),
};

type PagstarEnv = z.infer<z.ZodObject<typeof PAGSTAR_ENV>>;

/** Pagstar's settings (`config.providers.pagstar`). */
export function pagstarSettings(e: PagstarEnv): ProviderSettings<PagstarEndpoint> {
  return {
    endpoint: pagstarEndpoint(e),
    http: callPolicyFrom('PAGSTAR', e, PAGSTAR_ASSUMPTIONS.completionHorizonMs),
    // Pagstar signs nothing; its docs recommend accepting only its address.
    webhookIps: parseIpList(e.PAGSTAR_WEBHOOK_IPS, 'PAGSTAR_WEBHOOK_IPS'),
    pollIntervalMs: e.PAGSTAR_POLL_INTERVAL_MS,
    sandboxPort: e.SANDBOX_PAGSTAR_PORT,
  };
}

/**
 * PAGSTAR_BASE_URL + PAGSTAR_TENANT_ID + PAGSTAR_USER_AGENT + (PAGSTAR_TOKEN, or PAGSTAR_EMAIL and
 * PAGSTAR_ACCESS_KEY). None set → undefined (sandbox simulator, or Pagstar off in live mode).
 */
function pagstarEndpoint(e: PagstarEnv): PagstarEndpoint | undefined {
  const credentials = [e.PAGSTAR_TOKEN, e.PAGSTAR_EMAIL, e.PAGSTAR_ACCESS_KEY];
  const any = [...credentials, e.PAGSTAR_BASE_URL, e.PAGSTAR_TENANT_ID].some(Boolean);
  if (!any) return undefined;
  const missing: string[] = [];
  if (!e.PAGSTAR_BASE_URL) missing.push('PAGSTAR_BASE_URL');
  if (!e.PAGSTAR_TENANT_ID) missing.push('PAGSTAR_TENANT_ID');
  if (!e.PAGSTAR_USER_AGENT) missing.push('PAGSTAR_USER_AGENT');
  if (!e.PAGSTAR_TOKEN && !(e.PAGSTAR_EMAIL && e.PAGSTAR_ACCESS_KEY)) missing.push('PAGSTAR_TOKEN (or PAGSTAR_EMAIL and PAGSTAR_ACCESS_KEY)');
  if (missing.length > 0) throw new ConfigError(`${missing.join(', ')}: required when any PAGSTAR_* credential is set`);
  const baseUrl = e.PAGSTAR_BASE_URL!.replace(/\/+$/, '');
  if (!baseUrl.endsWith('/api/v2')) throw new ConfigError('PAGSTAR_BASE_URL: must end in /api/v2, e.g. https://api.pagstar.com/api/v2');
  return {
    baseUrl,
    tenantId: e.PAGSTAR_TENANT_ID!,
    userAgent: e.PAGSTAR_USER_AGENT!,
    auth: e.PAGSTAR_TOKEN ? { kind: 'static', token: e.PAGSTAR_TOKEN } : { kind: 'login', email: e.PAGSTAR_EMAIL!, accessKey: e.PAGSTAR_ACCESS_KEY! },
    environment: new URL(baseUrl).host,
  };
}

/** The endpoint of the embedded Pagstar simulator (sandbox mode): its static token and tenant. */
export function pagstarSandboxEndpoint(simulator: { baseUrl: string; staticToken: string; tenantId: string }): PagstarEndpoint {
  return {
    baseUrl: simulator.baseUrl,
    tenantId: simulator.tenantId,
    userAgent: 'Paygraph Sandbox (sandbox@paygraph.dev)',
    auth: { kind: 'static', token: simulator.staticToken },
    environment: 'sandbox-simulator',
  };
}
