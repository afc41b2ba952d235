import { loadConfig, ConfigError, parseApiKeys } from '../../src/config';

describe('configuration', () => {
  test('no provider credentials → sandbox mode on 127.0.0.1:4000 with GraphiQL', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'sandbox', port: 4000, host: '127.0.0.1', graphiql: true, introspection: true, providers: { astra: { endpoint: undefined } } });
  });

  test('Astra credentials → live mode with the default token URL', () => {
    const config = loadConfig({ ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 'secret', ASTRA_BASE_URL: 'https://api-sandbox.astrapay.com.br/' });
    expect(config.mode).toBe('live');
    expect(config.providers.astra.endpoint).toMatchObject({ baseUrl: 'https://api-sandbox.astrapay.com.br', tokenUrl: 'https://api-sandbox.astrapay.com.br/oauth/v1/token' });
  });

  test('background (quiet) poll interval: 30 s in live mode, the poll interval in sandbox mode, BACKGROUND_POLL_INTERVAL_MS otherwise', () => {
    const live = { ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 'secret', ASTRA_BASE_URL: 'https://a.example' };
    expect(loadConfig(live).polling).toMatchObject({ intervalMs: 2_000, backgroundIntervalMs: 30_000 });
    expect(loadConfig({}).polling).toMatchObject({ intervalMs: 2_000, backgroundIntervalMs: 2_000 });
    expect(loadConfig({ PAGSTAR_POLL_INTERVAL_MS: '50' }).polling).toMatchObject({ intervalMs: 50, backgroundIntervalMs: 50 });
    expect(loadConfig({ ...live, BACKGROUND_POLL_INTERVAL_MS: '60000' }).polling.backgroundIntervalMs).toBe(60_000);
    expect(loadConfig({ BACKGROUND_POLL_INTERVAL_MS: '500' }).polling.backgroundIntervalMs).toBe(500);
    expect(() => loadConfig({ BACKGROUND_POLL_INTERVAL_MS: '5' })).toThrow(/BACKGROUND_POLL_INTERVAL_MS/);
  });

  test('trusted documents: off without TRUSTED_DOCUMENTS; with it, server keys and OIDC tokens keep text unless told', () => {
    expect(loadConfig({}).trustedDocuments).toBeUndefined();
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'm.json' }).trustedDocuments).toEqual({ manifestPath: 'm.json', only: false, oidcAny: false });
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'm.json', TRUSTED_DOCUMENTS_ONLY: 'true', TRUSTED_DOCUMENTS_OIDC_ANY: 'yes' }).trustedDocuments).toEqual({
      manifestPath: 'm.json',
      only: true,
      oidcAny: true,
    });
  });

  test('ASTRA_TOKEN_URL overrides the token URL', () => {
    const config = loadConfig({ ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 's', ASTRA_BASE_URL: 'https://a.example', ASTRA_TOKEN_URL: 'https://auth.example/token' });
    expect(config.providers.astra.endpoint!.tokenUrl).toBe('https://auth.example/token');
  });

  test.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ ASTRA_BASE_URL: 'not a url' }, /ASTRA_BASE_URL/],
    [{ ASTRA_CLIENT_ID: 'id' }, /ASTRA_CLIENT_SECRET, ASTRA_BASE_URL/],
    [{ GRAPHIQL: 'maybe' }, /GRAPHIQL/],
    [{ NODE_ENV: 'production' }, /API_KEYS/],
    [{ TRUSTED_DOCUMENTS_ONLY: 'true' }, /TRUSTED_DOCUMENTS_ONLY=true needs TRUSTED_DOCUMENTS/],
    [{ TRUSTED_DOCUMENTS: 'm.json', TRUSTED_DOCUMENTS_OIDC_ANY: 'sometimes' }, /TRUSTED_DOCUMENTS_OIDC_ANY/],
  ])('a bad value stops start-up naming the variable: %j', (env, pattern) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(pattern);
  });

  test.each([
    ['partial Astra credentials', { ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 'super-secret-value' }, /ASTRA_BASE_URL/],
    ['a bad value next to the secret', { ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 'super-secret-value', ASTRA_BASE_URL: 'https://a.example', PORT: 'abc' }, /PORT/],
  ])('the error message never contains the secret values: %s', (_label, env, names) => {
    // Capture outside the assertion so a missing throw fails the test instead of being caught by it.
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(names);
    expect(String(error)).not.toContain('super-secret-value');
  });

  test('completion horizons: 120 s by default (ASM-A54, ASM-P10), overridable, and longer than the deadline', () => {
    expect(loadConfig({}).providers.astra.http.completionHorizonMs).toBe(120_000);
    expect(loadConfig({}).providers.pagstar.http.completionHorizonMs).toBe(120_000);
    expect(loadConfig({ ASTRA_COMPLETION_HORIZON_MS: '4000', ASTRA_DEADLINE_MS: '3000' }).providers.astra.http.completionHorizonMs).toBe(4_000);
    expect(() => loadConfig({ ASTRA_COMPLETION_HORIZON_MS: '25000' })).toThrow(/ASTRA_COMPLETION_HORIZON_MS must be longer than ASTRA_DEADLINE_MS/);
    expect(() => loadConfig({ PAGSTAR_COMPLETION_HORIZON_MS: '1000' })).toThrow(/PAGSTAR_COMPLETION_HORIZON_MS must be longer than PAGSTAR_DEADLINE_MS/);
  });

  test('production turns GraphiQL and introspection off by default', () => {
    const config = loadConfig({ NODE_ENV: 'production', API_KEYS: 'web=0123456789abcdef0123' });
    expect(config).toMatchObject({ production: true, graphiql: false, introspection: false });
  });

  test('API_KEYS parses ids, keys and scopes; short keys are refused', () => {
    expect(parseApiKeys('web=0123456789abcdef:read,ops=fedcba9876543210fedc')).toEqual([
      { clientId: 'web', key: '0123456789abcdef', scopes: ['read'] },
      { clientId: 'ops', key: 'fedcba9876543210fedc', scopes: ['read', 'write'] },
    ]);
    expect(() => parseApiKeys('web=short')).toThrow(/API_KEYS/);
  });

  test('API_KEYS refuses a scope it does not know, naming it but never the key', () => {
    expect(parseApiKeys('ops=0123456789abcdef:read+write+payouts+cards+webhooks')[0].scopes).toEqual(['read', 'write', 'payouts', 'cards', 'webhooks']);
    expect(() => parseApiKeys('ops=0123456789abcdef:read+webhook')).toThrow(/unknown scope webhook \(known: read, write, payouts, cards, webhooks\)/);
    expect(() => parseApiKeys('ops=0123456789abcdef:read+webhook')).not.toThrow(/0123456789abcdef/);
  });
});
