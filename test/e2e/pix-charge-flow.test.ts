import { startTestPaygraph, eventually, nodeAs, type TestPaygraph } from '../helpers/paygraph';
import { CreatePixChargeDocument as CREATE, GetPixChargeDocument as GET, NodesAmountsDocument, RefundPixChargeDocument as REFUND } from '../generated/graphql';

let app: TestPaygraph;
beforeAll(async () => {
  app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 30 } });
});
afterAll(() => app.close());

async function statusOf(id: string) {
  const response = await app.gqlTyped(GET, { id });
  expect(response.errors).toBeUndefined();
  return nodeAs(response.data!.node, 'PixCharge');
}

describe('Astra Pix charge lifecycle through the graph', () => {
  test('create → node(id) → auto-paid → partial refund → refund of the rest → REFUNDED', async () => {
    const created = await app.gqlTyped(CREATE, {
      input: { amount: '10.01', description: 'Order 42', reference: 'order-42', debtor: { name: 'João Silva', document: '123.456.789-09' } },
    });
    expect(created.errors).toBeUndefined();
    const { pixCharge: maybeCharge, userErrors } = created.data!.createPixCharge;
    expect(userErrors).toEqual([]);
    const pixCharge = maybeCharge!;
    expect(pixCharge).toMatchObject({
      provider: 'ASTRA',
      status: 'ACTIVE',
      amount: { amount: '10.01', currency: 'BRL' },
      amountRefunded: { amount: '0.00', currency: 'BRL' },
      reference: 'order-42',
      debtor: { name: 'João Silva', document: '12345678909' },
    });
    expect(pixCharge.brCode).toMatch(/^000201/);
    expect(pixCharge.qrCodeSvg).toMatch(/^<svg/);

    const read = await statusOf(pixCharge.id);
    expect(read).toMatchObject({ __typename: 'PixCharge', id: pixCharge.id, txid: pixCharge.txid });

    const paid = await eventually(async () => {
      const charge = await statusOf(pixCharge.id);
      return charge.status === 'PAID' ? charge : undefined;
    });
    expect(paid.paidAt).toEqual(expect.any(String));
    expect(paid.endToEndId).toEqual(expect.any(String));
    expect(paid.payer).toEqual({ name: 'João Silva', document: '12345678909' });

    const partial = await app.gqlTyped(REFUND, { input: { chargeId: pixCharge.id, amount: '4.00', reason: 'one item returned' } });
    expect(partial.data!.refundPixCharge.userErrors).toEqual([]);
    expect(partial.data!.refundPixCharge.refund).toMatchObject({ status: 'PROCESSING', amount: { amount: '4.00', currency: 'BRL' }, reason: 'one item returned' });
    expect(partial.data!.refundPixCharge.refund!.charge.id).toBe(pixCharge.id);

    const partiallyRefunded = await eventually(async () => {
      const charge = await statusOf(pixCharge.id);
      return charge.status === 'PARTIALLY_REFUNDED' ? charge : undefined;
    });
    expect(partiallyRefunded.amountRefunded.amount).toBe('4.00');
    expect(partiallyRefunded.refunds.totalCount).toBe(1);
    expect(partiallyRefunded.refunds.edges[0].node).toMatchObject({ status: 'REFUNDED', amount: { amount: '4.00' } });

    // No amount: refund whatever remains (6.01).
    const rest = await app.gqlTyped(REFUND, { input: { chargeId: pixCharge.id } });
    expect(rest.data!.refundPixCharge.userErrors).toEqual([]);
    expect(rest.data!.refundPixCharge.refund!.amount.amount).toBe('6.01');

    const refunded = await eventually(async () => {
      const charge = await statusOf(pixCharge.id);
      return charge.status === 'REFUNDED' ? charge : undefined;
    });
    expect(refunded.amountRefunded.amount).toBe('10.01');
    expect(refunded.refunds.edges.map((edge: any) => edge.node.amount.amount)).toEqual(['4.00', '6.01']);

    const again = await app.gqlTyped(REFUND, { input: { chargeId: pixCharge.id, amount: '0.01' } });
    expect(again.data!.refundPixCharge.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['input', 'chargeId'] });
  });

  test('a charge whose amount does not end in ,01 stays ACTIVE', async () => {
    const created = await app.gqlTyped(CREATE, { input: { amount: '10.00' } });
    const id = created.data!.createPixCharge.pixCharge!.id;
    // Once the simulator has nothing scheduled (its sandbox automation would have paid a ,01 charge
    // by then), the charge must still be ACTIVE.
    await app.sandbox!.astra.waitForIdle();
    expect((await statusOf(id)).status).toBe('ACTIVE');
  });

  test('node(id) of an unknown charge is null, a malformed id is BAD_USER_INPUT', async () => {
    const created = await app.gqlTyped(CREATE, { input: { amount: '1.00' } });
    const validId: string = created.data!.createPixCharge.pixCharge!.id;
    const unknownId = Buffer.from(
      Buffer.from(validId, 'base64url')
        .toString('utf8')
        .replace(/astra\w+$/, 'astraUNKNOWN000000000000000000'),
    ).toString('base64url');
    const unknown = await app.gqlTyped(GET, { id: unknownId });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();
    const malformed = await app.gqlTyped(GET, { id: 'not-an-id' });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('nodes(ids) keeps order and answers null for unknown ids', async () => {
    const a = (await app.gqlTyped(CREATE, { input: { amount: '2.00' } })).data!.createPixCharge.pixCharge!;
    const b = (await app.gqlTyped(CREATE, { input: { amount: '3.00' } })).data!.createPixCharge.pixCharge!;
    const response = await app.gqlTyped(NodesAmountsDocument, { ids: [b.id, a.id] });
    expect(response.data!.nodes.map((n: any) => n.amount.amount)).toEqual(['3.00', '2.00']);
  });

  test('idempotencyKey replays the first result and refuses different input', async () => {
    const input = { amount: '7.00', idempotencyKey: 'idem-create-1' };
    const first = await app.gqlTyped(CREATE, { input });
    const before = app.sandbox!.astra.counters.count('POST /charge/v1/dynamic');
    const second = await app.gqlTyped(CREATE, { input });
    expect(second.data!.createPixCharge.pixCharge!.id).toBe(first.data!.createPixCharge.pixCharge!.id);
    expect(app.sandbox!.astra.counters.count('POST /charge/v1/dynamic')).toBe(before);
    const conflict = await app.gqlTyped(CREATE, { input: { ...input, amount: '7.01' } });
    expect(conflict.data!.createPixCharge).toEqual({
      pixCharge: null,
      userErrors: [{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_CONFLICT', message: expect.any(String) }],
    });
  });

  test('concurrent repeats of one idempotent refund create exactly one refund', async () => {
    const charge = (await app.gqlTyped(CREATE, { input: { amount: '20.01' } })).data!.createPixCharge.pixCharge!;
    await eventually(async () => (await statusOf(charge.id)).status === 'PAID');
    const before = app.sandbox!.astra.counters.count('POST /charge/v1/refund');
    const input = { chargeId: charge.id, amount: '5.00', idempotencyKey: 'refund-once' };
    const results = await Promise.all(Array.from({ length: 5 }, () => app.gqlTyped(REFUND, { input })));
    const refundIds = new Set(results.map((r) => r.data!.refundPixCharge.refund?.refundId));
    expect(refundIds.size).toBe(1);
    expect(app.sandbox!.astra.counters.count('POST /charge/v1/refund') - before).toBe(1);
  });
});
