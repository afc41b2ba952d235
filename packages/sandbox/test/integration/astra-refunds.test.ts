import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient, startWebhookSink, type WebhookSink } from '../helpers/astra-sim-client';

describe('Astra simulator: Pix charge refunds (ASM-A23)', () => {
  let sim: AstraSimulator;
  let sink: WebhookSink;
  let api: AstraSimClient;

  const refund = (body: unknown) => api.call('POST', '/charge/v1/refund', { body });
  const charge = async (txid: string) => (await api.call('GET', `/charge/v1/dynamic/${txid}`)).body;
  async function paidCharge(amount: number): Promise<{ txid: string; payment: { endToEndId: string } }> {
    const { body } = await api.call('POST', '/charge/v1/dynamic', { body: { amount, userReference: 'order-9' } });
    await sim.payCharge(body.txid);
    await sim.waitForIdle(); // the PAYMENT event reaches the sink before any REFUND event
    return charge(body.txid);
  }

  beforeEach(async () => {
    sink = await startWebhookSink();
    sim = await startAstraSimulator({ sandboxDelayMs: 0, webhookRetryDelaysMs: [] });
    api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
    await api.call('POST', '/webhook/v1', { body: { url: sink.url, type: 'PIX_QR_INBOUND' } });
  });
  afterEach(async () => {
    await sim.close();
    await sink.close();
  });

  it('refunds partially, then the rest, updating the charge and sending one REFUND event each', async () => {
    const paid = await paidCharge(100);
    const first = await refund({ txid: paid.txid, amount: 40, description: 'Item returned' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      refundId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      txid: paid.txid,
      endToEndId: paid.payment.endToEndId,
      devolutionEndToEndId: null,
      amount: 40,
      description: 'Item returned',
      status: 'PROCESSING',
      failureReason: null,
      createdAt: expect.any(String),
      refundedAt: null,
    });
    await sim.waitForIdle();
    const done = (await api.call('GET', `/charge/v1/refund/${first.body.refundId}`)).body;
    expect(done).toMatchObject({ status: 'REFUNDED', devolutionEndToEndId: expect.stringMatching(/^D\d{20}[A-Za-z0-9]{11}$/) });
    expect(done.refundedAt).toEqual(expect.any(String));
    expect(await charge(paid.txid)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 40 });

    // Without an amount, the whole remainder is refunded.
    const rest = await refund({ txid: paid.txid });
    expect(rest.body).toMatchObject({ amount: 60, description: null, status: 'PROCESSING' });
    await sim.waitForIdle();
    expect(await charge(paid.txid)).toMatchObject({ status: 'REFUNDED', refundedAmount: 100 });

    const events = sink.received.map((r) => r.body);
    expect(events.map((e) => [e.type, e.status, e.amount])).toEqual([
      ['PAYMENT', 'PAID', 100],
      ['REFUND', 'REFUNDED', 40],
      ['REFUND', 'REFUNDED', 60],
    ]);
    expect(events[1]).toEqual({
      txid: paid.txid,
      amount: 40,
      payer: { documentNumber: '12345678909', name: 'PAGADOR TESTE' },
      endToEndId: paid.payment.endToEndId,
      devolutionEndToEndId: done.devolutionEndToEndId,
      type: 'REFUND',
      status: 'REFUNDED',
      paymentDate: done.refundedAt,
      userReference: 'order-9',
    });

    const again = await refund({ txid: paid.txid, amount: 1 });
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual(['Charge status REFUNDED does not allow refund']);
  });

  it('counts PROCESSING refunds against the remainder and rejects over-remainder amounts', async () => {
    const slow = await startAstraSimulator({ sandboxDelayMs: 60_000 });
    try {
      const client = new AstraSimClient(slow.url, slow.clientId, slow.clientSecret);
      const { body } = await client.call('POST', '/charge/v1/dynamic', { body: { amount: 50 } });
      await slow.payCharge(body.txid);
      expect((await client.call('POST', '/charge/v1/refund', { body: { txid: body.txid, amount: 30 } })).status).toBe(200);
      const over = await client.call('POST', '/charge/v1/refund', { body: { txid: body.txid, amount: 20.01 } });
      expect(over.status).toBe(400);
      expect(over.body.errors).toEqual(['amount 20.01 exceeds the refundable amount 20.00']);
      expect((await client.call('POST', '/charge/v1/refund', { body: { txid: body.txid, amount: 20 } })).status).toBe(200);
      const none = await client.call('POST', '/charge/v1/refund', { body: { txid: body.txid } });
      expect(none.status).toBe(400);
      // Still PAID: refundedAmount counts completed refunds only.
      expect((await client.call('GET', `/charge/v1/dynamic/${body.txid}`)).body).toMatchObject({ status: 'PAID', refundedAmount: 0 });
    } finally {
      await slow.close();
    }
  });

  it('rejects refunds of charges that are not paid', async () => {
    const { body: active } = await api.call('POST', '/charge/v1/dynamic', { body: { amount: 10, expiration: 10 } });
    const response = await refund({ txid: active.txid, amount: 5 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(['Charge status ACTIVE does not allow refund']);
    sim.clock.advance(10_000);
    expect((await refund({ txid: active.txid })).body.errors).toEqual(['Charge status EXPIRED does not allow refund']);
  });

  it('fails a refund whose amount ends in .99 without a webhook or charge change', async () => {
    const paid = await paidCharge(10);
    const { body } = await refund({ txid: paid.txid, amount: 0.99 });
    await sim.waitForIdle();
    expect((await api.call('GET', `/charge/v1/refund/${body.refundId}`)).body).toMatchObject({
      status: 'FAILED',
      failureReason: 'Refund not completed',
      devolutionEndToEndId: null,
      refundedAt: null,
    });
    expect(await charge(paid.txid)).toMatchObject({ status: 'PAID', refundedAmount: 0 });
    expect(sink.received.map((r) => r.body.type)).toEqual(['PAYMENT']);
    // A failed refund frees its amount again.
    expect((await refund({ txid: paid.txid })).body.amount).toBe(10);
  });

  it.each([
    ['no txid', { amount: 1 }, ['txid is required']],
    ['unknown txid', { txid: 'astraUNKNOWN' }, ['Charge astraUNKNOWN not found']],
    ['amount with 3 decimals', { txid: 'astraUNKNOWN', amount: 1.001 }, ['Charge astraUNKNOWN not found', 'amount must have at most 2 decimal places']],
    ['description too long', { txid: 'astraUNKNOWN', description: 'd'.repeat(141) }, ['Charge astraUNKNOWN not found', 'description must have at most 140 characters']],
  ])('rejects %s with 400 (unknown ids in a body are 400, ASM-A08)', async (_case, body, errors) => {
    const response = await refund(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 36, errors });
  });

  it('consults (404 when unknown) and lists refunds with filters', async () => {
    expect((await api.call('GET', '/charge/v1/refund/6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f')).status).toBe(404);
    const a = await paidCharge(10);
    const b = await paidCharge(20);
    await refund({ txid: a.txid, amount: 1 });
    await refund({ txid: a.txid, amount: 1.99 });
    const last = (await refund({ txid: b.txid, amount: 2 })).body;
    await sim.waitForIdle();

    const all = await api.call('GET', '/charge/v1/refund');
    expect(all.body).toMatchObject({ totalElements: 3, page: 0, size: 20 });
    expect(all.body.content[0].refundId).toBe(last.refundId);
    expect((await api.call('GET', `/charge/v1/refund?txid=${a.txid}`)).body.totalElements).toBe(2);
    expect((await api.call('GET', `/charge/v1/refund?txid=${a.txid}&status=FAILED`)).body.content.map((r: { amount: number }) => r.amount)).toEqual([1.99]);
    expect((await api.call('GET', '/charge/v1/refund?status=REFUNDED&size=1')).body).toMatchObject({ totalElements: 2, totalPages: 2 });
    const today = new Date(sim.clock.nowMs() - 3 * 3600_000).toISOString().slice(0, 10); // Brasília date
    expect((await api.call('GET', `/charge/v1/refund?startDate=${today}&endDate=${today}`)).body.totalElements).toBe(3);
    expect((await api.call('GET', '/charge/v1/refund?txid=astraNOPE')).status).toBe(400);
    expect((await api.call('GET', '/charge/v1/refund?status=DONE')).status).toBe(400);
  });
});
