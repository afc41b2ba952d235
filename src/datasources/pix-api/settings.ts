import { z } from 'zod';
import { ConfigError } from '../../config/config-error';
import { envInt, envUrl } from '../../config/env-schema';
import { callPolicyEnv, callPolicyFrom, parseIpList } from '../../config/providers';
import type { ProviderSettings } from '../../provider-module';
import { loadClientTls, type ClientTls } from '../http/client-tls';
import { PIX_API_ASSUMPTIONS as A } from './assumptions';

/** Where and how to call one PSP's API Pix. */
export interface PixApiEndpoint {
  /** Includes the version fragment, e.g. https://pix.example.com/api/v2 (ASM-X01). */
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  clientAuth: 'basic' | 'body';
  scopes: readonly string[];
  /** The receiver's Pix key (`chave`): in every cob body and the webhook path. */
  pixKey: string;
  /** Client certificate (mTLS) and extra CA, loaded and checked at start-up; absent: plain TLS / HTTP. */
  tls?: ClientTls;
  /** Part of the token cache key, so two environments never share a token. */
  environment: string;
}

/** The API Pix's environment variables (README, "Pointing a PSP's API Pix at Paygraph"). */
export const PIX_API_ENV = {
  PIX_API_BASE_URL: envUrl.optional(),
  PIX_API_TOKEN_URL: envUrl.optional(),
  PIX_API_CLIENT_ID: z.string().min(1).optional(),
  PIX_API_CLIENT_SECRET: z.string().min(1).optional(),
  PIX_API_CLIENT_AUTH: z.enum(['basic', 'body']).optional(),
  PIX_API_SCOPES: z.string().optional(),
  PIX_API_PIX_KEY: z.string().min(1).max(77).optional(),
  PIX_API_CERT_FILE: z.string().min(1).optional(),
  PIX_API_KEY_FILE: z.string().min(1).optional(),
  PIX_API_PFX_FILE: z.string().min(1).optional(),
  PIX_API_PFX_PASSPHRASE: z.string().optional(),
  PIX_API_CA_FILE: z.string().min(1).optional(),
  PIX_API_WEBHOOK_IPS: z.string().optional(),
  ...callPolicyEnv('PIX_API'),
  SANDBOX_PIX_API_PORT: envInt(0, 0, 65535),
};

type PixApiEnv = z.infer<z.ZodObject<typeof PIX_API_ENV>>;

/** The variables that, together, configure the module (named when some are missing). */
export const PIX_API_CREDENTIAL_VARIABLES = ['PIX_API_BASE_URL', 'PIX_API_TOKEN_URL', 'PIX_API_CLIENT_ID', 'PIX_API_CLIENT_SECRET', 'PIX_API_PIX_KEY'] as const;

const TLS_NAMES = { cert: 'PIX_API_CERT_FILE', key: 'PIX_API_KEY_FILE', pfx: 'PIX_API_PFX_FILE', passphrase: 'PIX_API_PFX_PASSPHRASE', ca: 'PIX_API_CA_FILE' };

/** The API Pix settings (`config.providers.pixApi`). Callbacks report payments and refunds: no polling. */
export function pixApiSettings(e: PixApiEnv): ProviderSettings<PixApiEndpoint> {
  return {
    endpoint: pixApiEndpoint(e),
    http: callPolicyFrom('PIX_API', e, A.completionHorizonMs),
    // The callback comes from the PSP's servers: an operator may pin their addresses.
    webhookIps: parseIpList(e.PIX_API_WEBHOOK_IPS, 'PIX_API_WEBHOOK_IPS'),
    sandboxPort: e.SANDBOX_PIX_API_PORT,
  };
}

/** All of PIX_API_CREDENTIAL_VARIABLES, or none (not configured: sandbox, or the module off in live mode). */
function pixApiEndpoint(e: PixApiEnv): PixApiEndpoint | undefined {
  const given: Record<(typeof PIX_API_CREDENTIAL_VARIABLES)[number], string | undefined> = {
    PIX_API_BASE_URL: e.PIX_API_BASE_URL,
    PIX_API_TOKEN_URL: e.PIX_API_TOKEN_URL,
    PIX_API_CLIENT_ID: e.PIX_API_CLIENT_ID,
    PIX_API_CLIENT_SECRET: e.PIX_API_CLIENT_SECRET,
    PIX_API_PIX_KEY: e.PIX_API_PIX_KEY,
  };
  const tlsFiles = [e.PIX_API_CERT_FILE, e.PIX_API_KEY_FILE, e.PIX_API_PFX_FILE, e.PIX_API_CA_FILE];
  const missing = Object.entries(given)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === PIX_API_CREDENTIAL_VARIABLES.length && !tlsFiles.some(Boolean)) return undefined;
  if (missing.length > 0) throw new ConfigError(`${missing.join(', ')}: required when any PIX_API_* credential or certificate is set`);
  const baseUrl = e.PIX_API_BASE_URL!.replace(/\/+$/, '');
  const tls = loadClientTls({
    certFile: e.PIX_API_CERT_FILE,
    keyFile: e.PIX_API_KEY_FILE,
    pfxFile: e.PIX_API_PFX_FILE,
    passphrase: e.PIX_API_PFX_PASSPHRASE,
    caFile: e.PIX_API_CA_FILE,
    names: TLS_NAMES,
  });
  return {
    baseUrl,
    tokenUrl: e.PIX_API_TOKEN_URL!,
    clientId: e.PIX_API_CLIENT_ID!,
    clientSecret: e.PIX_API_CLIENT_SECRET!,
    clientAuth: e.PIX_API_CLIENT_AUTH ?? A.defaultClientAuth,
    scopes: parseScopes(e.PIX_API_SCOPES),
    pixKey: e.PIX_API_PIX_KEY!,
    ...(tls ? { tls } : {}),
    environment: new URL(baseUrl).host,
  };
}

/** `cob.write cob.read` or `cob.write,cob.read`; absent → the default set (ASM-X03). */
function parseScopes(raw: string | undefined): readonly string[] {
  if (raw === undefined || raw.trim() === '') return A.defaultScopes;
  const scopes = raw.split(/[\s,]+/).filter(Boolean);
  if (scopes.some((scope) => !/^[A-Za-z0-9._:-]{1,64}$/.test(scope))) throw new ConfigError('PIX_API_SCOPES: space- or comma-separated scope names such as cob.write');
  return scopes;
}

/** What the module needs of its embedded simulator (the shape of `@paygraph/sandbox/pix-api`'s PixApiSimulator). */
export interface PixApiSimulatorEndpoint {
  url: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  pixKey: string;
}

/** The endpoint of the embedded API Pix simulator (sandbox mode): plain HTTP, HTTP Basic client auth (its default). */
export function pixApiSandboxEndpoint(simulator: PixApiSimulatorEndpoint): PixApiEndpoint {
  return {
    baseUrl: simulator.url,
    tokenUrl: simulator.tokenUrl,
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
    clientAuth: 'basic',
    scopes: A.defaultScopes,
    pixKey: simulator.pixKey,
    environment: 'sandbox-simulator',
  };
}
