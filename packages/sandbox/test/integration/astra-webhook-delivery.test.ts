import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient, startWebhookSink, type WebhookSink } from '../helpers/astra-sim-client';

const E2E = /^E\d{8}\d{12}[A-Za-z0-9]{11}$/;

/** Polls until `check` passes (a webhook attempt is recorded only after the receiver answers). */
async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('Astra simulator: auto-pay and PIX_QR_INBOUND delivery (ASM-A11, A13, A18, A25)', () => {
  let sim: AstraSimulator | undefined;
  let sink: WebhookSink | undefined;

  async function setup(sinkReply?: (n: number) => number | 'hang', options: Parameters<typeof startAstraSimulator>[0] = {}) {
    sink = await startWebhookSink(sinkReply);
    sim = await startAstraSimulator({ sandboxDelayMs: 0, webhookRetryDelaysMs: [10, 10, 10], ...options });
    const api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
    const hook = await api.call('POST', '/webhook/v1', { body: { url: sink.url, type: 'PIX_QR_INBOUND' } });
    return { sim, sink, api, webhookId: hook.body.id as string };
  }

  afterEach(async () => {
    await sim?.close();
    await sink?.close();
    sim = sink = undefined;
  });

  it('pays an x.01 charge after the sandbox delay with the default payer and delivers the PAYMENT event', async () => {
    const { sim, sink, api, webhookId } = await setup(undefined, { sandboxDelayMs: 50 });
    const { body: charge } = await api.call('POST', '/charge/v1/dynamic', { body: { amount: 1.01, userReference: 'order-1' } });
    expect(charge.status).toBe('ACTIVE');

    const [delivery] = await sink.waitFor(1);
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers.authorization).toBeUndefined();
    expect(delivery.body).toEqual({
      txid: charge.txid,
      amount: 1.01,
      payer: { documentNumber: '12345678909', name: 'PAGADOR TESTE' },
      endToEndId: expect.stringMatching(E2E),
      type: 'PAYMENT',
      status: 'PAID',
      paymentDate: expect.any(String),
      userReference: 'order-1',
    });
    expect('devolutionEndToEndId' in delivery.body).toBe(false);
    expect(Date.parse(delivery.body.paymentDate) - Date.parse(charge.createdAt)).toBeGreaterThanOrEqual(40);

    await sim.waitForIdle();
    const paid = (await api.call('GET', `/charge/v1/dynamic/${charge.txid}`)).body;
    expect(paid.status).toBe('PAID');
    expect(paid.payment).toEqual({
      endToEndId: delivery.body.endToEndId,
      amount: 1.01,
      paymentDate: delivery.body.paymentDate,
      payer: delivery.body.payer,
    });
    const results = await api.call('GET', '/webhook/v1/results');
    expect(results.body.content).toEqual([
      {
        id: expect.any(String),
        webhookId,
        type: 'PIX_QR_INBOUND',
        url: sink.url,
        attempt: 1,
        success: true,
        httpStatus: 200,
        errorMessage: null,
        payload: delivery.body,
        attemptedAt: expect.any(String),
      },
    ]);
  });

  it('uses the debtor as payer and sends userReference null when none was given', async () => {
    const { sink, api } = await setup();
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 0.01, debtor: { name: 'ACME', legalPersonIdentification: '11222333000181' } } });
    const [delivery] = await sink.waitFor(1);
    expect(delivery.body.payer).toEqual({ documentNumber: '11222333000181', name: 'ACME' });
    expect(delivery.body.userReference).toBeNull();
  });

  it('pays on demand through payCharge() and the /__sim control route', async () => {
    const { sim, sink, api } = await setup();
    const a = (await api.call('POST', '/charge/v1/dynamic', { body: { amount: 20 } })).body;
    const b = (await api.call('POST', '/charge/v1/dynamic', { body: { amount: 30 } })).body;
    expect(await sim.payCharge(a.txid, { name: 'Maria', documentNumber: '98765432100' })).toBe(true);
    expect(await sim.payCharge(a.txid)).toBe(false);
    expect(await sim.payCharge('astraUNKNOWN')).toBe(false);

    const paid = await fetch(`${sim.url}/__sim/pix-charges/${b.txid}/pay`, { method: 'POST' });
    expect(paid.status).toBe(200);
    expect((await paid.json()).status).toBe('PAID');
    expect((await fetch(`${sim.url}/__sim/pix-charges/${b.txid}/pay`, { method: 'POST' })).status).toBe(400);
    expect((await fetch(`${sim.url}/__sim/pix-charges/astraNOPE/pay`, { method: 'POST' })).status).toBe(404);
    const badPayer = await fetch(`${sim.url}/__sim/pix-charges/${b.txid}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'X', documentNumber: '1' }),
    });
    expect(badPayer.status).toBe(400);

    const deliveries = await sink.waitFor(2);
    expect(deliveries.map((d) => d.body.payer)).toEqual(
      expect.arrayContaining([
        { name: 'Maria', documentNumber: '98765432100' },
        { name: 'PAGADOR TESTE', documentNumber: '12345678909' },
      ]),
    );
  });

  it('retries a failing receiver per webhookRetryDelaysMs and records every attempt', async () => {
    const { sim, sink, api, webhookId } = await setup(() => 500);
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 5.01 } });
    await sink.waitFor(4);
    await sim.waitForIdle();
    expect(sink.received).toHaveLength(4); // 1 + 3 retries, then it gives up
    const results = await api.call('GET', `/webhook/v1/results?webhookId=${webhookId}`);
    expect(results.body.totalElements).toBe(4);
    expect(results.body.content.map((r: { attempt: number }) => r.attempt)).toEqual([4, 3, 2, 1]);
    expect(results.body.content.every((r: { success: boolean; httpStatus: number }) => !r.success && r.httpStatus === 500)).toBe(true);
    expect((await api.call('GET', '/webhook/v1/results?success=true')).body.totalElements).toBe(0);
  });

  it('stops retrying once the receiver answers 2xx', async () => {
    const { sim, sink, api } = await setup((n) => (n < 3 ? 503 : 204));
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 5.01 } });
    await sink.waitFor(3);
    await sim.waitForIdle();
    expect(sink.received).toHaveLength(3);
    const results = (await api.call('GET', '/webhook/v1/results')).body.content;
    expect(results.map((r: { attempt: number; success: boolean }) => [r.attempt, r.success])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    expect((await api.call('GET', '/webhook/v1/results?success=false&size=1')).body).toMatchObject({ totalElements: 2, totalPages: 2 });
  });

  it('records httpStatus null with a reason on timeout', async () => {
    const { sim, api } = await setup(() => 'hang', { webhookTimeoutMs: 50, webhookRetryDelaysMs: [] });
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 5.01 } });
    await sim.waitForIdle();
    const [record] = (await api.call('GET', '/webhook/v1/results')).body.content;
    expect(record).toMatchObject({ attempt: 1, success: false, httpStatus: null, errorMessage: 'timeout after 0.05 s' });
  });

  it('records httpStatus null with "connection refused" when nothing listens', async () => {
    const { sim, sink, api, webhookId } = await setup(undefined, { webhookRetryDelaysMs: [5] });
    await sink.close();
    await api.call('PUT', `/webhook/v1/${webhookId}`, { body: { url: sink.url, type: 'PIX_QR_INBOUND' } });
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 5.01 } });
    await sim.waitForIdle();
    const records = (await api.call('GET', '/webhook/v1/results')).body.content;
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ attempt: 2, httpStatus: null, errorMessage: 'connection refused', success: false });
  });

  it('drops pending retries when the webhook is deleted, and keeps its records', async () => {
    const { sim, sink, api, webhookId } = await setup(() => 500, { webhookRetryDelaysMs: [60_000] });
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 5.01 } });
    // Wait until attempt 1 is recorded, i.e. the 60 s retry is scheduled.
    await until(async () => (await api.call('GET', '/webhook/v1/results')).body.totalElements === 1);
    await api.call('DELETE', `/webhook/v1/${webhookId}`);
    await sim.waitForIdle(); // would wait 60 s if the retry were still pending
    expect(sink.received).toHaveLength(1);
    const records = await api.call('GET', `/webhook/v1/results?webhookId=${webhookId}`);
    expect(records.body.totalElements).toBe(1);
  });

  it('delivers nothing when no PIX_QR_INBOUND webhook is registered at event time', async () => {
    const { sim, sink, api, webhookId } = await setup();
    await api.call('DELETE', `/webhook/v1/${webhookId}`);
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 2.01 } });
    await sim.waitForIdle();
    const charges = (await api.call('GET', '/charge/v1/dynamic?status=PAID')).body;
    expect(charges.totalElements).toBe(1);
    // Registering afterwards does not replay the event (ASM-A11).
    await api.call('POST', '/webhook/v1', { body: { url: sink.url, type: 'PIX_QR_INBOUND' } });
    await sim.waitForIdle();
    expect(sink.received).toHaveLength(0);
    expect((await api.call('GET', '/webhook/v1/results')).body.totalElements).toBe(0);
  });

  it('does not auto-pay a charge that expired before the sandbox delay elapsed', async () => {
    const { sim, sink, api } = await setup(undefined, { sandboxDelayMs: 300 });
    const { body } = await api.call('POST', '/charge/v1/dynamic', { body: { amount: 1.01, expiration: 1 } });
    sim.clock.advance(1_000);
    await sim.waitForIdle();
    expect((await api.call('GET', `/charge/v1/dynamic/${body.txid}`)).body.status).toBe('EXPIRED');
    expect(sink.received).toHaveLength(0);
  });

  it('close() aborts an in-flight delivery and clears pending timers', async () => {
    const { sim, sink, api } = await setup(() => 'hang', { webhookTimeoutMs: 60_000 });
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 1.01 } });
    await sink.waitFor(1);
    const idle = sim.waitForIdle();
    await sim.close();
    await expect(idle).resolves.toBeUndefined();
  });
});
