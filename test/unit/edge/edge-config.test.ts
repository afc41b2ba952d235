import { ConfigError, loadConfig } from '../../../src/config';

describe('edge configuration', () => {
  test('CORS_ORIGINS takes exact origins only', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://127.0.0.1:5173' }).corsOrigins).toEqual(['https://app.example.com', 'http://127.0.0.1:5173']);
    for (const bad of ['*', 'https://*.example.com', 'https://app.example.com/path', 'app.example.com', 'null']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(ConfigError);
    }
    expect(loadConfig({}).corsOrigins).toBeUndefined();
  });

  test('defaults: 250 provider calls per operation, 30 s / 10 s HTTP timeouts, rate limits on', () => {
    const config = loadConfig({});
    expect(config.maxProviderCalls).toBe(250);
    expect(config.httpTimeouts).toEqual({ requestMs: 30_000, headersMs: 10_000 });
    expect(config.rateLimits).toEqual({ requests: 1_200, providerCalls: 6_000, windowSeconds: 60 });
  });

  test('subscription caps: defaults, overrides, and a cap of 0 sockets or subscriptions is refused by name', () => {
    expect(loadConfig({}).subscriptionLimits).toEqual({ socketsPerKey: 10, subscriptionsPerSocket: 50, subscriptionsPerKey: 200, providerCallsPerEvent: 10 });
    const env = { SUBSCRIPTION_MAX_SOCKETS_PER_KEY: '2', SUBSCRIPTION_MAX_PER_SOCKET: '3', SUBSCRIPTION_MAX_PER_KEY: '4', SUBSCRIPTION_MAX_PROVIDER_CALLS_PER_EVENT: '0' };
    expect(loadConfig(env).subscriptionLimits).toEqual({ socketsPerKey: 2, subscriptionsPerSocket: 3, subscriptionsPerKey: 4, providerCallsPerEvent: 0 });
    for (const name of ['SUBSCRIPTION_MAX_SOCKETS_PER_KEY', 'SUBSCRIPTION_MAX_PER_SOCKET', 'SUBSCRIPTION_MAX_PER_KEY']) {
      expect(() => loadConfig({ [name]: '0' })).toThrow(new RegExp(name));
    }
  });

  test('the headers timeout never exceeds the request timeout (Node requires it)', () => {
    expect(loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '5000' }).httpTimeouts).toEqual({ requestMs: 1_000, headersMs: 1_000 });
  });

  test('METRICS_TOKEN must be at least 16 characters, and its value never appears in the error', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});
