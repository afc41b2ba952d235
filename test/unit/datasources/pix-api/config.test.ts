import { ConfigError, loadConfig } from '../../../../src/config';
import { derivePixApiId, deriveRefundId, deriveTxid, isTxid, randomPixApiId } from '../../../../src/datasources/pix-api/derived-ids';

const ASTRA = { ASTRA_CLIENT_ID: 'id', ASTRA_CLIENT_SECRET: 'secret', ASTRA_BASE_URL: 'https://api-sandbox.astrapay.com.br' };
const PIX_API = {
  PIX_API_BASE_URL: 'https://pix.example.com/api/v2/',
  PIX_API_TOKEN_URL: 'https://auth.example.com/oauth/token',
  PIX_API_CLIENT_ID: 'client-1',
  PIX_API_CLIENT_SECRET: 'very-secret-value',
  PIX_API_PIX_KEY: '7d9f0335-8dcc-4054-9bf9-0dbd61d36906',
};

function refused(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).not.toContain('very-secret-value');
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('API Pix configuration', () => {
  test('no variables: not configured (sandbox fills it from the simulator); call-policy defaults; no webhook IP rule', () => {
    expect(loadConfig({}).providers.pixApi).toMatchObject({
      endpoint: undefined,
      webhookIps: [],
      http: { timeoutMs: 10_000, deadlineMs: 25_000, retryLimit: 2, completionHorizonMs: 120_000 },
      sandboxPort: 0,
    });
  });

  test('the five credentials: Basic client auth and the default scopes; trailing slash dropped; environment from the host', () => {
    expect(loadConfig({ ...ASTRA, ...PIX_API }).providers.pixApi.endpoint).toEqual({
      baseUrl: 'https://pix.example.com/api/v2',
      tokenUrl: 'https://auth.example.com/oauth/token',
      clientId: 'client-1',
      clientSecret: 'very-secret-value',
      clientAuth: 'basic',
      scopes: ['cob.write', 'cob.read', 'cobv.write', 'cobv.read', 'pix.write', 'pix.read', 'webhook.write', 'webhook.read'],
      pixKey: PIX_API.PIX_API_PIX_KEY,
      environment: 'pix.example.com',
    });
  });

  test('client auth in the form body and a scope list, space- or comma-separated', () => {
    const endpoint = loadConfig({ ...ASTRA, ...PIX_API, PIX_API_CLIENT_AUTH: 'body', PIX_API_SCOPES: 'cob.write, cob.read pix.read' }).providers.pixApi.endpoint!;
    expect(endpoint.clientAuth).toBe('body');
    expect(endpoint.scopes).toEqual(['cob.write', 'cob.read', 'pix.read']);
  });

  test.each([
    [{ PIX_API_CLIENT_SECRET: 'very-secret-value' }, /^PIX_API_BASE_URL, PIX_API_TOKEN_URL, PIX_API_CLIENT_ID, PIX_API_PIX_KEY: required/],
    [{ ...PIX_API, PIX_API_PIX_KEY: '' }, /PIX_API_PIX_KEY/],
    [{ ...PIX_API, PIX_API_CLIENT_AUTH: 'digest' }, /PIX_API_CLIENT_AUTH/],
    [{ ...PIX_API, PIX_API_SCOPES: 'cob.write;drop' }, /^PIX_API_SCOPES/],
    [{ PIX_API_CERT_FILE: '/nonexistent/cert.pem' }, /PIX_API_BASE_URL/],
  ])('partial or bad values are refused naming the variable, never a secret (%#)', (env, message) => {
    expect(refused({ ...ASTRA, ...env })).toMatch(message);
  });

  test('the API Pix alone does not switch to live mode without Astra (the required provider)', () => {
    expect(refused({ ...PIX_API })).toMatch(/ASTRA/);
  });
});

describe('derived ids (ASM-X07)', () => {
  const input = { pspClientId: 'client-1', clientId: 'shop', idempotencyKey: 'order-1' };

  test('the same (PSP client, API client, key) always gives the same 35-character txid; any part changed gives another', () => {
    const txid = deriveTxid(input);
    expect(txid).toMatch(/^[0-9a-f]{35}$/);
    expect(isTxid(txid)).toBe(true);
    expect(deriveTxid({ ...input })).toBe(txid);
    expect(deriveTxid({ ...input, idempotencyKey: 'order-2' })).not.toBe(txid);
    expect(deriveTxid({ ...input, clientId: 'other-shop' })).not.toBe(txid);
    expect(deriveTxid({ ...input, pspClientId: 'client-2' })).not.toBe(txid);
  });

  test('a cob, a cobv and a refund of one key get different ids', () => {
    const ids = new Set([deriveTxid(input), deriveTxid(input, 'cobv'), deriveRefundId(input), derivePixApiId('devolucao', input)]);
    expect(ids.size).toBe(3);
  });

  test('without a key: random ids of the same shape', () => {
    const a = randomPixApiId();
    expect(isTxid(a)).toBe(true);
    expect(randomPixApiId()).not.toBe(a);
  });
});
