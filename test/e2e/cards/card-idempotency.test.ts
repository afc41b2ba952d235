import { startTestPaygraph, eventually, type TestPaygraph } from '../../helpers/paygraph';
import { CARDS, chargeInput } from '../../helpers/cards';
import { expectOutcomePending, waitRetryAfter } from '../../helpers/in-flight';
import { CardTransactionsDocument as LIST, ChargeCardDocument as CHARGE } from '../../generated/graphql';

/**
 * A chargeCard whose answer is lost (the simulator processes the POST but answers after Paygraph's
 * timeout), retried with the same idempotencyKey: inside the in-flight window (issue 23) the retry
 * answers OUTCOME_PENDING and sends nothing; after the completion horizon it finds the first
 * attempt's transaction by its description marker and answers it; the card is charged once.
 */
const TIMEOUT_MS = 500;
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({
    ASTRA_TIMEOUT_MS: String(TIMEOUT_MS),
    ASTRA_DEADLINE_MS: String(3 * TIMEOUT_MS),
    ASTRA_RETRY_LIMIT: '2',
    ASTRA_COMPLETION_HORIZON_MS: String(5 * TIMEOUT_MS),
  });
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

const POST = 'POST /card/v1/credit';

test('timeout on the first attempt: OUTCOME_PENDING at once, after the horizon the retry answers the one charge at the simulator', async () => {
  const sim = app.sandbox!.astra;
  const input = chargeInput(CARDS.approved, { reference: 'idem-1', description: 'Order idem-1', idempotencyKey: 'card-key-1' });
  const before = sim.counters.count(POST);
  const logStart = sim.counters.log.length;
  sim.faults.set({ latencyMs: 3 * TIMEOUT_MS, routeFilter: POST });
  const first = await app.gqlTyped(CHARGE, { input: input as never });
  expect(first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
  const retryAfter = expectOutcomePending(await app.gqlTyped(CHARGE, { input: input as never }));
  // The simulator did charge: its late answer is recorded once it is sent.
  await eventually(async () => sim.counters.count(POST) === before + 1, 10_000);
  sim.faults.reset();
  // That POST is the first attempt's: the repeat inside the window charged nothing. (Reads may
  // appear: the simulator's card webhook makes Paygraph confirm the transaction by a GET.)
  const posts = sim.counters.log.slice(logStart).filter((entry) => entry.route === POST);
  expect(posts.map((entry) => entry.transactionId)).toEqual([first.errors![0].extensions!.upstreamTransactionId]);
  await waitRetryAfter(retryAfter);

  const retry = (await app.gqlTyped(CHARGE, { input: input as never })).data!.chargeCard;
  expect(retry.userErrors).toEqual([]);
  expect(retry.cardTransaction).toMatchObject({ status: 'APPROVED', reference: 'idem-1', description: 'Order idem-1' });
  const replay = (await app.gqlTyped(CHARGE, { input: input as never })).data!.chargeCard;
  expect(replay.cardTransaction!.id).toBe(retry.cardTransaction!.id);

  expect(sim.counters.count(POST)).toBe(before + 1);
  const atProvider = (await app.gqlTyped(LIST, { filter: { reference: 'idem-1' } })).data!.cardTransactions!;
  expect(atProvider.totalCount).toBe(1);
  expect(atProvider.edges[0].node.id).toBe(retry.cardTransaction!.id);
});

test('first attempt never processed (hang before processing) → OUTCOME_PENDING at once, after the horizon the retry charges, once', async () => {
  const sim = app.sandbox!.astra;
  const input = chargeInput(CARDS.approved, { reference: 'idem-2', idempotencyKey: 'card-key-2' });
  sim.faults.set({ hangRate: 1, routeFilter: POST });
  const first = await app.gqlTyped(CHARGE, { input: input as never });
  expect(first.errors?.[0].extensions?.code).toBe('PROVIDER_UNAVAILABLE');
  sim.faults.reset();
  // Paygraph cannot tell a hang from a slow charge: the window applies all the same.
  const callsBefore = sim.counters.total;
  await waitRetryAfter(expectOutcomePending(await app.gqlTyped(CHARGE, { input: input as never })));
  expect(sim.counters.total).toBe(callsBefore);
  const retry = (await app.gqlTyped(CHARGE, { input: input as never })).data!.chargeCard;
  expect(retry.cardTransaction!.status).toBe('APPROVED');
  const atProvider = (await app.gqlTyped(LIST, { filter: { reference: 'idem-2' } })).data!.cardTransactions!;
  expect(atProvider.totalCount).toBe(1);
});

test('the same key with another card is an IDEMPOTENCY_CONFLICT', async () => {
  await app.gqlTyped(CHARGE, { input: chargeInput(CARDS.approved, { idempotencyKey: 'card-key-3' }) as never });
  const other = (await app.gqlTyped(CHARGE, { input: chargeInput(CARDS.mastercard, { idempotencyKey: 'card-key-3' }) as never })).data!.chargeCard;
  expect(other.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
});
