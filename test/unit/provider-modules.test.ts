import { ConfigError, loadConfig } from '../../src/config';
import { PROVIDER_MODULES } from '../../src/provider-modules';
import { completionHorizons, webhookSourceIps } from '../../src/provider-runtime';
import { DEFAULT_PROVIDER, PROVIDERS } from '../../src/providers';

describe('the provider modules (src/provider-modules.ts)', () => {
  it('cover the provider list one to one, pointing at its very entries', () => {
    expect(PROVIDER_MODULES.map((module) => module.info)).toEqual([...PROVIDERS]);
    PROVIDER_MODULES.forEach((module, index) => expect(module.info).toBe(PROVIDERS[index]));
    expect(new Set(PROVIDER_MODULES.map((module) => module.id)).size).toBe(PROVIDER_MODULES.length);
  });

  it('the default provider is the one live mode requires', () => {
    expect(PROVIDER_MODULES.filter((module) => module.required).map((module) => module.info.code)).toEqual([DEFAULT_PROVIDER]);
  });

  it('own disjoint environment slices', () => {
    const names = PROVIDER_MODULES.flatMap((module) => Object.keys(module.env));
    expect(new Set(names).size).toBe(names.length);
  });

  it('give every provider its settings, configured or not', () => {
    const config = loadConfig({});
    for (const module of PROVIDER_MODULES) {
      expect(config.providers[module.id]).toMatchObject({ endpoint: undefined, sandboxPort: 0, http: expect.objectContaining({ completionHorizonMs: 120_000 }) });
    }
  });

  it('network rules and call policy come from each module, by provider code', () => {
    const config = loadConfig({ PAGSTAR_WEBHOOK_IPS: '3.128.119.90', ASTRA_COMPLETION_HORIZON_MS: '60000' });
    expect(webhookSourceIps(config)).toEqual({ ASTRA: [], PAGSTAR: ['3.128.119.90'], PIX_API: [] });
    expect(completionHorizons(config)('ASTRA')).toBe(60_000);
    expect(completionHorizons(config)('PAGSTAR')).toBe(120_000);
  });

  it('another provider without the required one is refused, naming the missing variables', () => {
    const env = { PAGSTAR_BASE_URL: 'https://dev-api.pagstar.com/api/v2', PAGSTAR_TENANT_ID: 't', PAGSTAR_USER_AGENT: 'Paygraph (ops@example.com)', PAGSTAR_TOKEN: 't' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow('ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET, ASTRA_BASE_URL: required when Pagstar credentials are set (live mode)');
  });
});
