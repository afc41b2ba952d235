import { ConfigError, loadConfig, withEndpoints } from '../../../../src/config';
import { pagstarSandboxEndpoint } from '../../../../src/datasources/pagstar/settings';

const ASTRA = { ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 'secret', ASTRA_BASE_URL: 'https://api-sandbox.astrapay.com.br' };
const PAGSTAR = {
  PAGSTAR_BASE_URL: 'https://dev-api.pagstar.com/api/v2/',
  PAGSTAR_TENANT_ID: '5b0f8f52-6f1c-4d7e-9a3b-2c4d6e8fa001',
  PAGSTAR_USER_AGENT: 'Paygraph (ops@example.com)',
};

describe('Pagstar configuration', () => {
  test('no credentials: sandbox, no Pagstar endpoint yet, polling defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'sandbox',
      providers: {
        pagstar: { endpoint: undefined, webhookIps: [], pollIntervalMs: 2_000, http: { timeoutMs: 10_000, deadlineMs: 25_000, retryLimit: 2 }, sandboxPort: 0 },
      },
      polling: { intervalMs: 2_000, maxConcurrency: 20 },
    });
  });

  test('static token or e-mail + access key', () => {
    expect(loadConfig({ ...ASTRA, ...PAGSTAR, PAGSTAR_TOKEN: '1|abc' }).providers.pagstar.endpoint).toEqual({
      baseUrl: 'https://dev-api.pagstar.com/api/v2',
      tenantId: PAGSTAR.PAGSTAR_TENANT_ID,
      userAgent: 'Paygraph (ops@example.com)',
      auth: { kind: 'static', token: '1|abc' },
      environment: 'dev-api.pagstar.com',
    });
    expect(loadConfig({ ...ASTRA, ...PAGSTAR, PAGSTAR_EMAIL: 'p@example.com', PAGSTAR_ACCESS_KEY: 'k' }).providers.pagstar.endpoint?.auth).toEqual({
      kind: 'login',
      email: 'p@example.com',
      accessKey: 'k',
    });
  });

  test.each([
    [{ ...ASTRA, PAGSTAR_TOKEN: 't' }, /PAGSTAR_BASE_URL, PAGSTAR_TENANT_ID, PAGSTAR_USER_AGENT/],
    [{ ...ASTRA, ...PAGSTAR }, /PAGSTAR_TOKEN \(or PAGSTAR_EMAIL and PAGSTAR_ACCESS_KEY\)/],
    [{ ...ASTRA, ...PAGSTAR, PAGSTAR_EMAIL: 'p@example.com' }, /PAGSTAR_TOKEN/],
    [{ ...ASTRA, ...PAGSTAR, PAGSTAR_TOKEN: 't', PAGSTAR_BASE_URL: 'https://api.pagstar.com' }, /must end in \/api\/v2/],
    [{ ...PAGSTAR, PAGSTAR_TOKEN: 't' }, /ASTRA_CLIENT_ID.*live mode/],
    [{ PAGSTAR_WEBHOOK_IPS: '3.128.119.90, not-an-ip' }, /PAGSTAR_WEBHOOK_IPS/],
    [{ PAGSTAR_POLL_INTERVAL_MS: '5' }, /PAGSTAR_POLL_INTERVAL_MS/],
    [{ POLL_MAX_CONCURRENCY: '0' }, /POLL_MAX_CONCURRENCY/],
  ])('a bad or partial Pagstar set-up stops start-up naming the variable: %j', (env, pattern) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(pattern);
  });

  test('errors never contain the token or access key', () => {
    for (const env of [{ PAGSTAR_TOKEN: 'tok-secret-1' }, { PAGSTAR_ACCESS_KEY: 'key-secret-2' }]) {
      expect(() => loadConfig({ ...ASTRA, ...env })).toThrow(ConfigError);
      try {
        loadConfig({ ...ASTRA, ...env });
      } catch (error) {
        expect(String(error)).not.toMatch(/secret-[12]/);
      }
    }
  });

  test('PAGSTAR_WEBHOOK_IPS and polling knobs', () => {
    const config = loadConfig({ PAGSTAR_WEBHOOK_IPS: '3.128.119.90, ::1', PAGSTAR_POLL_INTERVAL_MS: '50', POLL_MAX_CONCURRENCY: '4' });
    expect(config.providers.pagstar.webhookIps).toEqual(['3.128.119.90', '::1']);
    expect(config.polling).toEqual({ intervalMs: 50, backgroundIntervalMs: 50, maxConcurrency: 4 });
  });

  test("sandbox: the simulator's static token and tenant", () => {
    const config = withEndpoints(loadConfig({}), { pagstar: pagstarSandboxEndpoint({ baseUrl: 'http://127.0.0.1:1234/api/v2', staticToken: '1|x', tenantId: 't-1' }) });
    expect(config.providers.pagstar.endpoint).toMatchObject({ baseUrl: 'http://127.0.0.1:1234/api/v2', tenantId: 't-1', auth: { kind: 'static', token: '1|x' } });
  });
});
