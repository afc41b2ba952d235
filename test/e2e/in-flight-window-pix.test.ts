import { randomUUID } from 'node:crypto';
import { eventually, nodeAs, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { answerCode, expectWindowHeld, shortWindowEnv, slowFirstWriteRepeatedAtOnce, waitRetryAfter } from '../helpers/in-flight';
import { approvedAuthorization, CREATE_PAY, simDate } from '../helpers/automatic-pix';
import { CreatePixChargeDocument as CREATE, GetPixChargeDocument as GET, ListPixChargesDocument as LIST, RefundPixChargeDocument as REFUND } from '../generated/graphql';

/**
 * Issue 23, case 1, for the Pix writes: the provider completes a POST after Paygraph's 1 s timeout
 * (it takes 1.5 s) and the caller repeats the request at once. Inside the in-flight window (3 s
 * here) the repeat answers OUTCOME_PENDING and sends nothing, so the provider holds one object.
 * After it, a refund repeat adopts the refund by its marker; a Pix charge or an Automatic Pix
 * payment carries no marker, so the key answers OUTCOME_UNKNOWN and still nothing is sent.
 */
const SLOW_MS = 1_500;
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph(shortWindowEnv(1_000, 1_500, 3_000), { astraSimulator: { sandboxDelayMs: 20 } });
});
afterEach(() => app.sandbox!.astra.faults.reset());
afterAll(() => app.close());

const sim = () => app.sandbox!.astra;

async function paidCharge(amount: string) {
  const charge = (await app.gqlTyped(CREATE, { input: { amount } })).data!.createPixCharge.pixCharge!;
  await eventually(async () => nodeAs((await app.gqlTyped(GET, { id: charge.id })).data!.node, 'PixCharge').status === 'PAID');
  return charge;
}

const refundsOf = async (chargeId: string) => nodeAs((await app.gqlTyped(GET, { id: chargeId })).data!.node, 'PixCharge').refunds.edges.map((edge) => edge.node);

test('refundPixCharge: first POST 1.5 s against a 1 s timeout, repeated at once → OUTCOME_PENDING, one refund, adopted after the horizon', async () => {
  const charge = await paidCharge('30.01');
  const input = { chargeId: charge.id, amount: '5.00', idempotencyKey: `refund-${randomUUID()}` };
  const postsBefore = sim().counters.count('POST /charge/v1/refund');
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), 'POST /charge/v1/refund', SLOW_MS, () => app.gqlTyped(REFUND, { input }));
  const refunds = await refundsOf(charge.id);
  console.info(
    `case 1 refund: repeat ${answerCode(seen.repeat, 'refundPixCharge')}, POSTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}, refunds ${refunds.length}`,
  );

  const retryAfter = expectWindowHeld(seen);
  expect(refunds).toHaveLength(1);

  await waitRetryAfter(retryAfter);
  const adopted = (await app.gqlTyped(REFUND, { input })).data!.refundPixCharge;
  expect(adopted.userErrors).toEqual([]);
  expect(adopted.refund!.refundId).toBe(refunds[0].refundId);
  expect(await refundsOf(charge.id)).toHaveLength(1);
  expect(sim().counters.count('POST /charge/v1/refund') - postsBefore).toBe(1);
});

test('createPixCharge: slow POST repeated at once → OUTCOME_PENDING, one charge; after the horizon OUTCOME_UNKNOWN, still one', async () => {
  const reference = `pix-${randomUUID().slice(0, 8)}`;
  const input = { amount: '12.34', reference, idempotencyKey: `charge-${randomUUID()}` };
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), 'POST /charge/v1/dynamic', SLOW_MS, () => app.gqlTyped(CREATE, { input }));
  const charges = async () => (await app.gqlTyped(LIST, { filter: { reference } })).data!.pixCharges!.totalCount;
  const atProvider = await charges();
  console.info(
    `case 1 Pix charge: repeat ${answerCode(seen.repeat, 'createPixCharge')}, POSTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}, charges ${atProvider}`,
  );

  const retryAfter = expectWindowHeld(seen);
  expect(atProvider).toBe(1);

  await waitRetryAfter(retryAfter);
  const logStart = sim().counters.log.length;
  const after = (await app.gqlTyped(CREATE, { input })).data!.createPixCharge;
  expect(after.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'OUTCOME_UNKNOWN' })]);
  expect(sim().counters.log.slice(logStart)).toEqual([]);
  expect(await charges()).toBe(1);
});

test('createAutomaticPixPayment: slow POST repeated at once → OUTCOME_PENDING, one payment; after the horizon OUTCOME_UNKNOWN, still one', async () => {
  const authorization = await approvedAuthorization(app);
  const input = { authorizationId: authorization.id, amount: '25.00', dueDate: simDate(app, 1), idempotencyKey: `debit-${randomUUID()}` };
  const seen = await slowFirstWriteRepeatedAtOnce(sim(), 'POST /automatic-pix/v1/payments', SLOW_MS, () => app.gql(CREATE_PAY, { input }));
  const payments = async () =>
    (await app.gql('query($f: AutomaticPixPaymentFilter) { automaticPixPayments(filter: $f) { totalCount } }', { f: { authorizationId: authorization.id } })).data
      .automaticPixPayments.totalCount;
  const atProvider = await payments();
  console.info(
    `case 1 Automatic Pix: repeat ${answerCode(seen.repeat, 'createAutomaticPixPayment')}, POSTs ${seen.writes.length}, calls during the repeat ${seen.callsDuringRepeat.length}, payments ${atProvider}`,
  );

  const retryAfter = expectWindowHeld(seen);
  expect(atProvider).toBe(1);

  await waitRetryAfter(retryAfter);
  const logStart = sim().counters.log.length;
  const after = (await app.gql(CREATE_PAY, { input })).data.createAutomaticPixPayment;
  expect(after.userErrors).toEqual([expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'OUTCOME_UNKNOWN' })]);
  expect(
    sim()
      .counters.log.slice(logStart)
      .filter((entry) => entry.method === 'POST'),
  ).toEqual([]);
  expect(await payments()).toBe(1);
});
