import { ConfigError, loadConfig } from '../../src/config';

/** Shutdown defaults (docs/deploy.md, "Shutdown"): a delay in production, a drain longer than the provider deadlines. */
const PRODUCTION = { NODE_ENV: 'production', API_KEYS: 'client=key-of-sixteen-chars' };

describe('shutdown configuration', () => {
  test('SHUTDOWN_DELAY_MS defaults to 5000 in production and to 0 elsewhere; an explicit value wins, 0 included', () => {
    expect(loadConfig(PRODUCTION).shutdownDelayMs).toBe(5_000);
    expect(loadConfig({}).shutdownDelayMs).toBe(0);
    expect(loadConfig({ ...PRODUCTION, SHUTDOWN_DELAY_MS: '0' }).shutdownDelayMs).toBe(0);
    expect(loadConfig({ SHUTDOWN_DELAY_MS: '1500' }).shutdownDelayMs).toBe(1_500);
  });

  test('SHUTDOWN_DRAIN_TIMEOUT_MS defaults to the longest provider deadline + 5 s; an explicit value wins', () => {
    expect(loadConfig({}).shutdownDrainMs).toBe(30_000);
    expect(loadConfig({ ASTRA_DEADLINE_MS: '40000' }).shutdownDrainMs).toBe(45_000);
    expect(loadConfig({ PAGSTAR_DEADLINE_MS: '60000', ASTRA_DEADLINE_MS: '1000' }).shutdownDrainMs).toBe(65_000);
    expect(loadConfig({ SHUTDOWN_DRAIN_TIMEOUT_MS: '12000' }).shutdownDrainMs).toBe(12_000);
  });

  test.each([
    [{ SHUTDOWN_DELAY_MS: '-1' }, /SHUTDOWN_DELAY_MS/],
    [{ SHUTDOWN_DELAY_MS: '60001' }, /SHUTDOWN_DELAY_MS/],
    [{ SHUTDOWN_DELAY_MS: 'soon' }, /SHUTDOWN_DELAY_MS/],
    [{ SHUTDOWN_DRAIN_TIMEOUT_MS: '999' }, /SHUTDOWN_DRAIN_TIMEOUT_MS/],
    [{ SHUTDOWN_DRAIN_TIMEOUT_MS: '1.5' }, /SHUTDOWN_DRAIN_TIMEOUT_MS/],
  ])('a bad value stops start-up naming the variable: %j', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });
});
