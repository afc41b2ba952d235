import { randomUUID } from 'node:crypto';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { answerCode, expectOutcomePending, expectWindowHeld, shortWindowEnv, slowFirstWriteRepeatedAtOnce, waitRetryAfter } from '../helpers/in-flight';
import { CREATE_LINK, LIST_LINKS, linkInput } from '../helpers/payment-links';
import { batchInput, CREATE_BATCH, RELEASE_BATCH, simCheckoutIds } from '../helpers/pix-payouts';

/**
 * Issue 23, case 1, for payment links and payout batches: the provider completes a write after
 * Paygraph's 1 s timeout (it takes 1.5 s) and the caller repeats it at once. Inside the in-flight
 * window (3 s here) the repeat answers OUTCOME_PENDING and sends nothing. After it, a batch repeat
 * adopts the batch by its id (derived from the key) and a release repeat finds the batch released;
 * a link carries no marker, so its key answers OUTCOME_UNKNOWN. The provider holds one of each.
 */
const SLOW_MS = 1_500;
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph(shortWindowEnv(1_000, 1_500, 3_000), { astraSimulator: { sandboxDelayMs: 20 } });
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

const sim = () => app.sandbox!.astra;

test('createPaymentLink: slow POST repeated at once → OUTCOME_PENDING, one link; after the horizon OUTCOME_UNKNOWN, still one', async () => {
  const reference = `link-${randomUUID().slice(0, 8)}`;
  const input = linkInput({ reference, idempotencyKey: `link-${randomUUID()}` });
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), 'POST /payment-link/v1', SLOW_MS, () => app.gql(CREATE_LINK, { input }));
  const links = async () => (await app.gql(LIST_LINKS, { filter: { reference } })).data.paymentLinks.totalCount;
  const atProvider = await links();
  console.info(
    `case 1 payment link: repeat ${answerCode(seen.repeat, 'createPaymentLink')}, POSTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}, links ${atProvider}`,
  );

  const retryAfter = expectWindowHeld(seen);
  expect(atProvider).toBe(1);

  await waitRetryAfter(retryAfter);
  const logStart = sim().counters.log.length;
  const after = (await app.gql(CREATE_LINK, { input })).data.createPaymentLink;
  expect(after.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'OUTCOME_UNKNOWN' })]);
  expect(sim().counters.log.slice(logStart)).toEqual([]);
  expect(await links()).toBe(1);
});

test('createPixPayoutBatch: slow POST repeated at once → OUTCOME_PENDING, one batch; after the horizon the repeat adopts it', async () => {
  const input = batchInput(3);
  const postsBefore = sim().counters.count('POST /v1/pix-checkout');
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), 'POST /v1/pix-checkout', SLOW_MS, () => app.gql(CREATE_BATCH, { input }));
  const batchIds = await simCheckoutIds(sim().url);
  console.info(
    `case 1 payout batch: repeat ${answerCode(seen.repeat, 'createPixPayoutBatch')}, POSTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}`,
  );

  const retryAfter = expectWindowHeld(seen);

  await waitRetryAfter(retryAfter);
  const adopted = (await app.gql(CREATE_BATCH, { input })).data.createPixPayoutBatch;
  expect(adopted.userErrors).toEqual([]);
  expect(adopted.pixPayoutBatch).toMatchObject({ status: 'CREATED', paymentCount: 3 });
  // The provider holds the batch the first attempt created, under the id derived from the key, once.
  expect(batchIds.filter((id) => id === adopted.pixPayoutBatch.batchId)).toHaveLength(1);
  expect(await simCheckoutIds(sim().url)).toEqual(batchIds);
  expect(sim().counters.count('POST /v1/pix-checkout') - postsBefore).toBe(1);
});

test('releasePixPayoutBatch: slow PUT repeated at once → OUTCOME_PENDING, one release; after the horizon the repeat finds it released', async () => {
  const created = (await app.gql(CREATE_BATCH, { input: batchInput(2) })).data.createPixPayoutBatch.pixPayoutBatch;
  const route = 'PUT /v1/pix-checkout/:checkoutId/release';
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), route, SLOW_MS, () => app.gql(RELEASE_BATCH, { id: created.id }));
  console.info(
    `case 1 payout release: repeat ${answerCode(seen.repeat, 'releasePixPayoutBatch')}, PUTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}`,
  );

  expect(seen.first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
  const retryAfter = expectOutcomePending(seen.repeat);
  expect(seen.callsDuringRepeat).toEqual([]);
  expect(seen.writes.map((entry) => [entry.transactionId, entry.status])).toEqual([[seen.firstTransactionId, 200]]);

  await waitRetryAfter(retryAfter);
  const logStart = sim().counters.log.length;
  const after = (await app.gql(RELEASE_BATCH, { id: created.id })).data.releasePixPayoutBatch;
  expect(after.userErrors).toEqual([]);
  expect(after.pixPayoutBatch.id).toBe(created.id);
  expect(after.pixPayoutBatch.status).not.toBe('CREATED');
  // It read the batch and found it released: no second PUT.
  expect(
    sim()
      .counters.log.slice(logStart)
      .filter((entry) => entry.route === route),
  ).toEqual([]);
});
