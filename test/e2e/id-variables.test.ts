import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../helpers/paygraph';
import {
  CreatePixChargeDocument as CREATE,
  GetPixChargeDocument as GET,
  RefundPixChargeByIdDocument as REFUND_BY_ID,
  SimulatePixChargePaymentByIdDocument as PAY_BY_ID,
} from '../generated/graphql';

/**
 * Regression: a client holds `PixCharge.id` as an `ID` and declares `$chargeId: ID!`. With
 * `chargeId: String!` in the inputs, such operations failed validation (GRAPHQL_VALIDATION_FAILED)
 * before reaching a resolver. Real server, real HTTP, Astra simulator.
 */
let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 30 } });
});
afterAll(() => app.close());

test('pay and refund a charge with operations that declare $chargeId: ID!', async () => {
  // 10.00: the simulator auto-pays only amounts ending in .01, so the payment below is ours.
  const created = await app.gqlTyped(CREATE, { input: { amount: '10.00', description: 'ID variables' } });
  expect(created.errors).toBeUndefined();
  const chargeId = created.data!.createPixCharge.pixCharge!.id;

  const paid = await app.gqlTyped(PAY_BY_ID, { chargeId });
  expect(paid.errors).toBeUndefined();
  expect(paid.data!.simulatePixChargePayment.userErrors).toEqual([]);
  await eventually(async () => {
    const read = await app.gqlTyped(GET, { id: chargeId });
    return nodeAs(read.data!.node, 'PixCharge').status === 'PAID';
  });

  const refundsBefore = app.sandbox!.astra.counters.count('POST /charge/v1/refund');
  const refunded = await app.gqlTyped(REFUND_BY_ID, { chargeId, amount: '4.00' });
  expect(refunded.errors).toBeUndefined();
  expect(refunded.data!.refundPixCharge.userErrors).toEqual([]);
  expect(refunded.data!.refundPixCharge.refund).toMatchObject({ amount: { amount: '4.00' }, charge: { id: chargeId } });
  expect(app.sandbox!.astra.counters.count('POST /charge/v1/refund') - refundsBefore).toBe(1);
});
