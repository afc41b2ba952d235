/**
 * Every Astra adapter method that puts an id into a URL path, over the real Astra HTTP client
 * against the simulator: an id that would move the request ("." and ".." resolve away, "/" adds a
 * segment, "%2F" may be decoded upstream) is refused by pathSegment before any request (issue 23,
 * case 6). The global-id patterns stop these first; this is the bug guard behind them.
 */
import { AstraAutomaticPix } from '../../../src/datasources/astra/automatic-pix/adapter';
import { AstraCardRecurrences } from '../../../src/datasources/astra/card-recurrences/adapter';
import { AstraCards } from '../../../src/datasources/astra/cards/adapter';
import { mapAstraError } from '../../../src/datasources/astra/errors';
import { AstraPaymentLinks } from '../../../src/datasources/astra/payment-links/adapter';
import { AstraPixCharges } from '../../../src/datasources/astra/pix-charges/adapter';
import { AstraPixPayouts } from '../../../src/datasources/astra/pix-payouts/adapter';
import { AstraPixRefunds } from '../../../src/datasources/astra/refunds/adapter';
import { astraTokenFetcher, mapAstraTokenError } from '../../../src/datasources/astra/token-client';
import { AstraWebhooks } from '../../../src/datasources/astra/webhooks/adapter';
import { createProviderHttp, type ProviderHttp } from '../../../src/datasources/http/provider-http';
import { TokenManager, tokenCacheKey } from '../../../src/datasources/http/token-manager';
import { UnsafePathSegmentError } from '../../../src/datasources/path-segment';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';

const UNSAFE_IDS = ['', '.', '..', '/', '%2F', 'a/../b', 'a\\b', 'a?b', 'a#b', 'a\u0000b'];

let sim: AstraSimulator;
let http: ProviderHttp;

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0 });
  const common = {
    provider: 'ASTRA' as const,
    prefixUrl: sim.url,
    timeoutMs: 2_000,
    deadlineMs: 5_000,
    retry: { limit: 0, backoffBaseMs: 1, backoffCapMs: 5, retryAfterCapMs: 10 },
  };
  const tokens = new TokenManager({
    key: tokenCacheKey('ASTRA', 'sandbox', `path-segments-${sim.url}`),
    fetchToken: astraTokenFetcher(createProviderHttp({ ...common, mapError: mapAstraTokenError }), 'oauth/v1/token', sim.clientId, sim.clientSecret),
    refreshMarginMs: 60_000,
  });
  http = createProviderHttp({ ...common, tokens, mapError: mapAstraError });
});
afterAll(() => sim.close());

/** Each method of each adapter that builds a path from an id, given that id. */
const CALLS: Array<[string, (id: string) => Promise<unknown>]> = [
  ['pix charges: getCharge', (id) => new AstraPixCharges(http).getCharge(id)],
  ['refunds: getRefund', (id) => new AstraPixRefunds(http).getRefund(id)],
  ['cards: getTransaction', (id) => new AstraCards(http).getTransaction(id)],
  ['cards: cancel', (id) => new AstraCards(http).cancel(id)],
  ['cards: getSavedCard', (id) => new AstraCards(http).getSavedCard(id)],
  ['cards: deleteSavedCard', (id) => new AstraCards(http).deleteSavedCard(id)],
  ['card recurrences: get', (id) => new AstraCardRecurrences(http).get(id)],
  ['card recurrences: cancel', (id) => new AstraCardRecurrences(http).cancel(id)],
  ['card recurrences: listSchedules', (id) => new AstraCardRecurrences(http).listSchedules(id, 0, 10)],
  ['card recurrences: cancelSchedule (recurrence id)', (id) => new AstraCardRecurrences(http).cancelSchedule(id, 'schedule1')],
  ['card recurrences: cancelSchedule (schedule id)', (id) => new AstraCardRecurrences(http).cancelSchedule('recurrence1', id)],
  ['payment links: getLink', (id) => new AstraPaymentLinks(http).getLink(id)],
  ['automatic pix: getAuthorization', (id) => new AstraAutomaticPix(http).getAuthorization(id)],
  ['automatic pix: getPayment', (id) => new AstraAutomaticPix(http).getPayment(id)],
  ['automatic pix: retryPayment', (id) => new AstraAutomaticPix(http).retryPayment({ paymentId: id, scheduledDate: '2030-01-01' })],
  ['pix payouts: getBatch', (id) => new AstraPixPayouts(http).getBatch(id)],
  ['pix payouts: listPayments', (id) => new AstraPixPayouts(http).listPayments(id, { offset: 0, limit: 10 })],
  ['pix payouts: releaseBatch', (id) => new AstraPixPayouts(http).releaseBatch(id)],
  ['pix payouts: cancelBatch', (id) => new AstraPixPayouts(http).cancelBatch(id)],
  ['webhooks: get', (id) => new AstraWebhooks(http).get(id)],
  ['webhooks: delete', (id) => new AstraWebhooks(http).delete(id)],
];

describe.each(CALLS)('%s', (_name, call) => {
  test.each(UNSAFE_IDS.map((id) => [JSON.stringify(id), id]))('refuses the id %s without a request', async (_label, id) => {
    const before = sim.counters.total;
    // Some methods build the path before their first await and throw synchronously: same effect.
    await expect((async () => call(id))()).rejects.toBeInstanceOf(UnsafePathSegmentError);
    expect(sim.counters.total - before).toBe(0);
  });
});

test('a safe id still reaches its path (the guard refuses only what it must)', async () => {
  const before = sim.counters.count('GET /charge/v1/dynamic/:txid');
  await expect(new AstraPixCharges(http).getCharge('astraUnknown123')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect(sim.counters.count('GET /charge/v1/dynamic/:txid') - before).toBe(1);
});
