/**
 * 0 upstream 401s while tokens expire under load (issue 15, target T6): Paygraph's real token
 * manager, Astra token client and provider HTTP client against the real Astra simulator over
 * loopback. Time is the simulator's clock: the token manager reads the same clock, and the test
 * moves it forward both between waves and while a wave is on its way to the simulator (the
 * simulator checks the token after its latency fault, so the clock moved in between is time the
 * request spent in flight). No wall-clock waits.
 */
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { createProviderHttp, type ProviderHttp } from '../../../src/datasources/http/provider-http';
import { TokenManager } from '../../../src/datasources/http/token-manager';
import { astraTokenFetcher, mapAstraTokenError } from '../../../src/datasources/astra/token-client';
import { mapAstraError } from '../../../src/datasources/astra/errors';
import { ASTRA_ASSUMPTIONS } from '../../../src/datasources/astra/assumptions';

const TTL_SECONDS = 120;
const TOKEN_ROUTE = 'POST /oauth/v1/token';
const WAVE = 40;
/** Sim-clock steps between waves (ms): uneven, so waves land at every phase of a token's life. */
const GAPS_MS = [13_000, 41_000, 7_000, 29_000, 53_000, 3_000, 37_000, 61_000, 17_000, 23_000];
/** How far the clock moves while a wave is in flight: less than three quarters of the refresh margin. */
const IN_FLIGHT_MS = 40_000;

let sim: AstraSimulator;
let tokens: TokenManager;
let http: ProviderHttp;

beforeEach(async () => {
  sim = await startAstraSimulator({ tokenTtlSeconds: TTL_SECONDS, sandboxDelayMs: 0, webhookRetryDelaysMs: [] });
  const now = () => sim.clock.nowMs();
  const common = { provider: 'ASTRA' as const, timeoutMs: 5_000, deadlineMs: 10_000, retry: { limit: 0, backoffBaseMs: 1, backoffCapMs: 1, retryAfterCapMs: 1 } };
  const tokenHttp = createProviderHttp({ ...common, prefixUrl: sim.url, mapError: mapAstraTokenError });
  tokens = new TokenManager({
    key: 'ASTRA:sandbox:expiry-test',
    fetchToken: astraTokenFetcher(tokenHttp, 'oauth/v1/token', sim.clientId, sim.clientSecret, now),
    refreshMarginMs: ASTRA_ASSUMPTIONS.tokenRefreshMarginMs,
    now,
  });
  http = createProviderHttp({ ...common, prefixUrl: sim.url, tokens, mapError: mapAstraError });
});

afterEach(async () => {
  await sim.close();
});

test('tokens expire under concurrent load: 0 upstream 401s, one token call per refresh window', async () => {
  const created = await http.post<{ txid: string }>('charge/v1/dynamic', { json: { amount: 10, expiration: 86_400 * 30 } });
  const path = `charge/v1/dynamic/${created.body.txid}`;
  const startedAt = sim.clock.nowMs();
  // Every API call waits 2 ms in the simulator before its token is checked.
  sim.faults.set({ latencyMs: 2 });

  let answered = 0;
  for (let round = 0; round < 3; round++) {
    for (const gap of GAPS_MS) {
      sim.clock.advance(gap);
      const wave = Array.from({ length: WAVE }, () => http.get<{ txid: string }>(path));
      sim.clock.advance(IN_FLIGHT_MS);
      const bodies = await Promise.all(wave);
      answered += bodies.filter((response) => response.body.txid === created.body.txid).length;
    }
  }
  const elapsedMs = sim.clock.nowMs() - startedAt;

  expect(answered).toBe(3 * GAPS_MS.length * WAVE);
  const unauthorized = sim.counters.log.filter((entry) => entry.status === 401);
  expect(unauthorized).toHaveLength(0);
  // Tokens did expire: the run spans many lifetimes, so many refreshes were needed ...
  const tokenCalls = sim.counters.count(TOKEN_ROUTE);
  expect(elapsedMs).toBeGreaterThan(10 * TTL_SECONDS * 1000);
  expect(tokenCalls).toBeGreaterThanOrEqual(Math.floor(elapsedMs / (TTL_SECONDS * 1000)));
  // ... and each was one call per window: a refresh starts at the earliest half-way through a
  // token's life (the margin is capped at half of it), so no more than one call per TTL/2.
  expect(tokenCalls).toBeLessThanOrEqual(1 + Math.floor(elapsedMs / ((TTL_SECONDS * 1000) / 2)));
  expect(tokens.fetchCount).toBe(tokenCalls);
}, 30_000);
