import type { Config } from '../config';

/** The same config with the embedded simulator's endpoint filled in (sandbox mode). */
export function withSandboxAstra(config: Config, simulator: { url: string; clientId: string; clientSecret: string }): Config {
  return {
    ...config,
    astra: {
      clientId: simulator.clientId,
      clientSecret: simulator.clientSecret,
      baseUrl: simulator.url,
      tokenUrl: `${simulator.url}/oauth/v1/token`,
      environment: 'sandbox-simulator',
    },
  };
}

/** The same config with the embedded Pagstar simulator's endpoint filled in (sandbox mode). */
export function withSandboxPagstar(config: Config, simulator: { baseUrl: string; staticToken: string; tenantId: string }): Config {
  return {
    ...config,
    pagstar: {
      baseUrl: simulator.baseUrl,
      tenantId: simulator.tenantId,
      userAgent: 'Paygraph Sandbox (sandbox@paygraph.dev)',
      auth: { kind: 'static', token: simulator.staticToken },
      environment: 'sandbox-simulator',
    },
  };
}
