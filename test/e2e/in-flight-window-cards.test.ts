import { randomUUID } from 'node:crypto';
import { eventually, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { CARDS, chargeInput } from '../helpers/cards';
import { answerCode, expectOutcomePending, expectWindowHeld, shortWindowEnv, slowFirstWriteRepeatedAtOnce, waitRetryAfter } from '../helpers/in-flight';
import { CancelCardTransactionDocument as CANCEL, ChargeCardDocument as CHARGE } from '../generated/graphql';

/**
 * Issue 23, case 1, as reported: a card charge whose POST Astra completes after Paygraph's timeout
 * (ASTRA_TIMEOUT_MS 1.5 s, the POST takes 2.5 s), repeated with its key as soon as the first
 * answer (PROVIDER_UNAVAILABLE) is back. Before the in-flight window the repeat found no tagged
 * transaction yet and charged again: two APPROVED 10.00. Now the repeat answers OUTCOME_PENDING and
 * sends nothing; after the completion horizon (4 s here) a repeat adopts the one transaction.
 */
const POST = 'POST /card/v1/credit';
const SLOW_MS = 2_500;
const LIST = `query($filter: CardTransactionFilter) { cardTransactions(filter: $filter, first: 100) { totalCount edges { node { id status amount { amount } } } } }`;

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph(shortWindowEnv(1_500, 2_000, 4_000));
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

const sim = () => app.sandbox!.astra;
const charge = (input: Record<string, unknown>) => app.gqlTyped(CHARGE, { input: input as never });
const listed = async (reference: string) => (await app.gql(LIST, { filter: { reference } })).data.cardTransactions;

test('the reported case: chargeCard 10.00, slow POST, repeated at once → OUTCOME_PENDING, one APPROVED 10.00, adopted after the horizon', async () => {
  const key = `card-inflight-${randomUUID()}`;
  const input = chargeInput(CARDS.approved, { amount: '10.00', reference: key, idempotencyKey: key });
  const postsBefore = sim().counters.count(POST);
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), POST, SLOW_MS, () => charge(input));
  const atProvider = await listed(key);
  console.info(
    `case 1 card: repeat ${answerCode(seen.repeat, 'chargeCard')}, POSTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}, transactions listed ${atProvider.totalCount}`,
  );

  const retryAfter = expectWindowHeld(seen);
  expect(atProvider.totalCount).toBe(1);
  expect(atProvider.edges[0].node).toMatchObject({ status: 'APPROVED', amount: { amount: '10.00' } });

  await waitRetryAfter(retryAfter);
  const adopted = (await charge(input)).data!.chargeCard;
  expect(adopted.userErrors).toEqual([]);
  expect(adopted.cardTransaction!.id).toBe(atProvider.edges[0].node.id);
  expect(sim().counters.count(POST) - postsBefore).toBe(1);
  expect((await listed(key)).totalCount).toBe(1);
});

test('the same with 10 concurrent requests → 1 PROVIDER_UNAVAILABLE, 9 OUTCOME_PENDING, 1 charge; 10 repeats after the horizon answer it', async () => {
  const key = `card-inflight-${randomUUID()}`;
  const input = chargeInput(CARDS.approved, { amount: '10.00', reference: key, idempotencyKey: key });
  const postsBefore = sim().counters.count(POST);
  sim().faults.set({ latencyMs: SLOW_MS, routeFilter: POST });
  // Set back once the first answer is back, as in the single-request case (see the helper).
  const responses = await Promise.all(Array.from({ length: 10 }, () => charge(input).finally(() => sim().faults.reset())));
  const codes = countBy(responses.map((r) => answerCode(r, 'chargeCard')));
  // The simulator logs the slow POST when it answers it.
  const firstTransactionId = responses.find((r) => r.errors)?.errors![0].extensions?.upstreamTransactionId;
  await waitForPost(firstTransactionId);
  const atProvider = await listed(key);
  console.info(`case 1 card, 10 concurrent: answers ${JSON.stringify(codes)}, POSTs ${sim().counters.count(POST) - postsBefore}, transactions listed ${atProvider.totalCount}`);

  expect(codes).toEqual({ PROVIDER_UNAVAILABLE: 1, OUTCOME_PENDING: 9 });
  expect(sim().counters.count(POST) - postsBefore).toBe(1);
  expect(atProvider.totalCount).toBe(1);
  const waits = responses.filter((r) => r.errors?.[0].extensions?.code === 'OUTCOME_PENDING').map(expectOutcomePending);

  await waitRetryAfter(Math.max(...waits));
  const repeats = await Promise.all(Array.from({ length: 10 }, () => charge(input)));
  expect(new Set(repeats.map((r) => r.data!.chargeCard.cardTransaction!.id))).toEqual(new Set([atProvider.edges[0].node.id]));
  expect(sim().counters.count(POST) - postsBefore).toBe(1);
  expect((await listed(key)).totalCount).toBe(1);
});

test('cancelCardTransaction: slow cancel repeated at once → OUTCOME_PENDING and no call; one cancel at the provider, which the repeat after the horizon reads', async () => {
  const key = `card-inflight-${randomUUID()}`;
  const approved = (await charge(chargeInput(CARDS.approved, { amount: '10.00', reference: key }))).data!.chargeCard.cardTransaction!;
  const route = 'PUT /card/v1/credit/:transactionId/cancel';
  const cancel = () => app.gqlTyped(CANCEL, { input: { transactionId: approved.id } });
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), route, SLOW_MS, cancel);
  console.info(
    `case 1 card cancel: repeat ${answerCode(seen.repeat, 'cancelCardTransaction')}, cancel PUTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}`,
  );

  // Astra did not answer the PUT in time; a cancel PUT is never retried (ASM-A05, like the payout PUTs).
  expect(seen.first.errors?.[0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true });
  const retryAfter = expectOutcomePending(seen.repeat);
  expect(seen.callsDuringRepeat).toEqual([]);
  expect(seen.writes.map((entry) => [entry.transactionId, entry.status])).toEqual([[seen.firstTransactionId, 200]]);

  await waitRetryAfter(retryAfter);
  const logStart = sim().counters.log.length;
  // Cancels keep nothing for replay (src/domain/cards/cancel-card-transaction.ts): the repeat reads
  // the transaction, finds the first attempt's cancel done, and asks Astra for nothing more.
  const after = (await cancel()).data!.cancelCardTransaction;
  expect(after.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringMatching(/CANCELLED/) })]);
  expect(
    sim()
      .counters.log.slice(logStart)
      .filter((entry) => entry.route === route),
  ).toEqual([]);
});

async function waitForPost(transactionId: string | undefined): Promise<void> {
  await eventually(async () => sim().counters.log.some((entry) => entry.route === POST && entry.transactionId === transactionId), 4 * SLOW_MS);
}

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, value) => ({ ...acc, [value]: (acc[value] ?? 0) + 1 }), {});
}
