import { ConfigError, loadConfig, parseClientTokenKeys, parsePublishableKeys } from '../../../src/config';

const SECRET = 'a-secret-of-at-least-32-bytes-0123456789';

describe('CLIENT_TOKEN_KEYS', () => {
  test('kid:secret pairs, the first one signing', () => {
    expect(parseClientTokenKeys(`2026-12:${SECRET},2026-06:${SECRET}x`)).toEqual([
      { kid: '2026-12', secret: SECRET },
      { kid: '2026-06', secret: `${SECRET}x` },
    ]);
    expect(parseClientTokenKeys(undefined)).toEqual([]);
  });

  test('a secret under 32 bytes, a missing kid or a repeated kid stops start-up without echoing the secret', () => {
    for (const raw of ['k1:short-secret', `:${SECRET}`, `k1:${SECRET},k1:${SECRET}`]) {
      expect(() => parseClientTokenKeys(raw)).toThrow(ConfigError);
      try {
        parseClientTokenKeys(raw);
      } catch (error) {
        expect((error as Error).message).not.toContain('short-secret');
        expect((error as Error).message).not.toContain(SECRET);
      }
    }
  });
});

describe('PUBLISHABLE_KEYS', () => {
  test('id=pk_key@origin|origin', () => {
    expect(parsePublishableKeys('shop=pk_live_0123456789abcdef@https://shop.example|https://www.shop.example:8443')).toEqual([
      { id: 'shop', key: 'pk_live_0123456789abcdef', origins: ['https://shop.example', 'https://www.shop.example:8443'] },
    ]);
  });

  test('a key without pk_, a short key, no origin, a wildcard or a path is refused', () => {
    for (const raw of [
      'shop=sk_live_0123456789abcdef@https://shop.example',
      'shop=pk_short@https://shop.example',
      'shop=pk_live_0123456789abcdef',
      'shop=pk_live_0123456789abcdef@https://*.shop.example',
      'shop=pk_live_0123456789abcdef@https://shop.example/pay',
    ]) {
      expect(() => parsePublishableKeys(raw)).toThrow(ConfigError);
    }
  });

  test('loadConfig carries both, and the publishable budgets', () => {
    const config = loadConfig({
      CLIENT_TOKEN_KEYS: `k1:${SECRET}`,
      PUBLISHABLE_KEYS: 'shop=pk_live_0123456789abcdef@https://shop.example',
      PUBLISHABLE_KEY_RATE_LIMIT_PER_ADDRESS: '5',
    });
    expect(config.clientTokenKeys.map((key) => key.kid)).toEqual(['k1']);
    expect(config.publishableKeys[0].origins).toEqual(['https://shop.example']);
    expect(config.publishableKeyLimits).toEqual({ perKey: 600, perAddress: 5, windowSeconds: 60 });
  });
});
