/**
 * AstraStaticPixQrCodes over the real Astra HTTP client (token manager, ky, error mapping) against
 * the simulator: the whole provider half of createStaticPixQrCode without the graph.
 */
import { AstraStaticPixQrCodes } from '../../../src/datasources/astra/static-pix-qr-codes/adapter';
import { mapAstraError } from '../../../src/datasources/astra/errors';
import { astraTokenFetcher, mapAstraTokenError } from '../../../src/datasources/astra/token-client';
import { createProviderHttp } from '../../../src/datasources/http/provider-http';
import { TokenManager, tokenCacheKey } from '../../../src/datasources/http/token-manager';
import { ProviderRejectedError, ProviderUnavailableError } from '../../../src/errors/domain-errors';
import { decodeBrCode } from '../../../src/lib/br-code';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';

const GENERATE = 'POST /charge/v1/static';

describe('AstraStaticPixQrCodes against the simulator', () => {
  let sim: AstraSimulator;
  let adapter: AstraStaticPixQrCodes;

  beforeAll(async () => {
    sim = await startAstraSimulator({ sandboxDelayMs: 0 });
    const common = {
      provider: 'ASTRA' as const,
      prefixUrl: sim.url,
      timeoutMs: 2_000,
      deadlineMs: 5_000,
      retry: { limit: 2, backoffBaseMs: 1, backoffCapMs: 5, retryAfterCapMs: 10 },
    };
    const tokens = new TokenManager({
      key: tokenCacheKey('ASTRA', 'sandbox', `static-qr-${sim.url}`),
      fetchToken: astraTokenFetcher(createProviderHttp({ ...common, mapError: mapAstraTokenError }), 'oauth/v1/token', sim.clientId, sim.clientSecret),
      refreshMarginMs: 60_000,
    });
    adapter = new AstraStaticPixQrCodes(createProviderHttp({ ...common, tokens, mapError: mapAstraError }));
  });
  afterEach(() => sim.faults.reset());
  afterAll(() => sim.close());

  test('creates a code with a fixed amount: cents in, cents out, a valid BR Code carrying them', async () => {
    const code = await adapter.create({ amountCents: 1005, description: 'Donation', reference: 'ORDER42' });
    expect(code).toEqual({
      provider: 'ASTRA',
      brCode: expect.any(String),
      pixKey: 'b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
      merchantName: 'ASTRA SANDBOX',
      merchantCity: 'SAO PAULO',
      amount: { amount: 1005, currency: 'BRL' },
      description: 'Donation',
      reference: 'ORDER42',
      createdAt: expect.any(Date),
    });
    expect(decodeBrCode(code.brCode)).toMatchObject({ valid: true, kind: 'STATIC', amountCents: 1005, txid: 'ORDER42' });
  });

  test('creates a payer-typed code', async () => {
    const code = await adapter.create({});
    expect(code).toMatchObject({ amount: null, description: null, reference: null });
    expect(decodeBrCode(code.brCode)).toMatchObject({ valid: true, amountCents: null });
  });

  test("a 400 becomes ProviderRejectedError with Astra's messages", async () => {
    // Bypasses Paygraph's validation on purpose, to see the provider's answer mapped.
    const error = await adapter.create({ reference: 'not-alphanumeric' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect((error as ProviderRejectedError).providerMessages).toEqual(['userReference must be 1-25 characters from [A-Za-z0-9]']);
  });

  test('the POST is not retried on a 503: one attempt, then ProviderUnavailableError', async () => {
    const before = sim.counters.count(GENERATE);
    sim.faults.set({ errorRate: 1, routeFilter: '/charge/v1/static' });
    await expect(adapter.create({ amountCents: 100 })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(sim.counters.count(GENERATE)).toBe(before + 1);
  });
});
