import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPagstarSimulator, type PagstarSimulator, type PagstarSimulatorOptions } from '../../src/pagstar';

// Sandbox lifecycle (ASM-P04: ,01 paid after sandboxDelay, others cancelled at expiration + 1 h)
// and webhook deliveries (ASM-P08: payload, callback vs notification URL, 2 retries).

interface Receiver {
  url: string;
  /** `at`: arrival time (performance.now()), for lower bounds on the gaps between attempts. */
  received: Array<{ body: Record<string, unknown>; headers: IncomingHttpHeaders; at: number }>;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function start(options: PagstarSimulatorOptions = {}): Promise<PagstarSimulator> {
  const sim = await startPagstarSimulator({ sandboxDelayMs: 60_000, webhookRetryDelaysMs: [20, 20], ...options });
  closers.push(() => sim.close());
  return sim;
}

/** A node:http receiver answering the statuses in `plan` in order ('hang' never answers), then 200. */
async function startReceiver(plan: Array<number | 'hang'> = []): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ body: JSON.parse(raw), headers: req.headers, at: performance.now() });
      const next = plan.shift() ?? 200;
      if (next !== 'hang') res.writeHead(next).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  closers.push(close);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/pagstar`,
    received,
    close,
    waitFor: async (count, timeoutMs = 3_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${count} deliveries`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
  };
}

async function api(sim: PagstarSimulator, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.staticToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function deposit(sim: PagstarSimulator, value: number, extra: Record<string, unknown> = {}) {
  const res = await api(sim, 'POST', '/wallet/partner/transactions/generate-anonymous-pix', {
    value,
    tenant_id: sim.tenantId,
    expiration: 600,
    transaction_id: 'order-1',
    ...extra,
  });
  expect(res.status).toBe(200);
  return res.body.data as { external_reference: string; expiration_date: string };
}

const check = async (sim: PagstarSimulator, ref: string) => (await api(sim, 'HEAD', `/wallet/partner/transactions/${ref}/check`)).status;
const LARAVEL_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

describe('Pagstar simulator: sandbox payments and deliveries', () => {
  it('pays a ,01 deposit after sandboxDelay and POSTs an "approved" payload to its callback', async () => {
    const receiver = await startReceiver();
    const sim = await start({ sandboxDelayMs: 250 });
    const d = await deposit(sim, 10.01, { callback: receiver.url });
    expect(await check(sim, d.external_reference)).toBe(422);
    await receiver.waitFor(1);
    await sim.waitForIdle();
    expect(await check(sim, d.external_reference)).toBe(200);
    expect(receiver.received[0].headers['content-type']).toBe('application/json');
    const payload = receiver.received[0].body;
    expect(payload).toEqual({
      status: 'approved',
      type: 'payment',
      value: 10.01,
      external_reference: d.external_reference,
      transaction_id: 'order-1',
      end2end: null,
      user_id: null,
      created_at: expect.stringMatching(LARAVEL_DATE),
      updated_at: expect.stringMatching(LARAVEL_DATE),
    });
    const delay = Date.parse(payload.updated_at as string) - Date.parse(payload.created_at as string);
    expect(delay).toBeGreaterThanOrEqual(250);
    expect(sim.deliveries()).toEqual([expect.objectContaining({ deliveryId: 1, attempt: 1, url: receiver.url, status: 200, ok: true, payload })]);
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${d.external_reference}`)).body.data.status).toBe(1);
  });

  it('waitForIdle waits for a due ,01 auto-payment and its delivery', async () => {
    const receiver = await startReceiver();
    const sim = await start({ sandboxDelayMs: 100 });
    const d = await deposit(sim, 3.01, { callback: receiver.url });
    await sim.waitForIdle();
    expect(receiver.received.map((r) => r.body.external_reference)).toEqual([d.external_reference]);
    expect(sim.deliveries()).toHaveLength(1);
  });

  it('leaves other values pending after sandboxDelay, without deliveries', async () => {
    const receiver = await startReceiver();
    const sim = await start({ sandboxDelayMs: 20 });
    const d = await deposit(sim, 10.02, { callback: receiver.url });
    // A ,01 sentinel created afterwards with the same delay: once it is paid and delivered, the 10.02 deposit's
    // delay has passed too (instead of sleeping and hoping that was long enough).
    const sentinel = await deposit(sim, 10.01, { callback: receiver.url, transaction_id: 'sentinel' });
    await receiver.waitFor(1);
    await sim.waitForIdle();
    expect(await check(sim, d.external_reference)).toBe(422);
    expect(receiver.received.map((r) => r.body.external_reference)).toEqual([sentinel.external_reference]);
    expect(sim.deliveries()).toHaveLength(1);
  });

  it('cancels an unpaid deposit 1 h after expiration_date on clock.advance and delivers "cancelled"', async () => {
    const receiver = await startReceiver();
    const sim = await start();
    const d = await deposit(sim, 25, { expiration: 60, callback: receiver.url, transaction_id: undefined });
    sim.clock.advance(60_000 + 3_600_000 - 1_000);
    expect(await check(sim, d.external_reference)).toBe(422);
    sim.clock.advance(2_000);
    await receiver.waitFor(1);
    expect(await check(sim, d.external_reference)).toBe(410);
    expect((await api(sim, 'GET', `/wallet/partner/transactions/${d.external_reference}`)).body.data.status).toBe(2);
    expect(receiver.received[0].body).toMatchObject({ status: 'cancelled', type: 'payment', value: 25, transaction_id: null, end2end: null });
    // The cancel happened at expiration_date + 1 h on the simulator clock, not when it was noticed.
    expect(Date.parse(receiver.received[0].body.updated_at as string)).toBe(Date.parse(d.expiration_date) + 3_600_000);
  });

  it('still accepts a payment between expiration_date and the 1 h cancel', async () => {
    const sim = await start();
    const d = await deposit(sim, 30, { expiration: 60 });
    sim.clock.advance(60_000 + 30 * 60_000);
    expect(await sim.payDeposit(d.external_reference, { name: 'Fulano', document: '12345678901' })).toBe(true);
    sim.clock.advance(3_600_000);
    expect(await check(sim, d.external_reference)).toBe(200);
  });

  it('applies a due ,01 auto-payment before a later cancel when the clock jumps past both', async () => {
    const sim = await start({ sandboxDelayMs: 10_000 });
    const d = await deposit(sim, 0.01, { expiration: 60 });
    sim.clock.advance(2 * 3_600_000);
    expect(await check(sim, d.external_reference)).toBe(200);
  });

  it('payDeposit is false for unknown, paid and cancelled deposits', async () => {
    const sim = await start();
    expect(await sim.payDeposit('47023acc-0727-476a-a011-9d759e7f58c9')).toBe(false);
    const paid = await deposit(sim, 5);
    expect(await sim.payDeposit(paid.external_reference)).toBe(true);
    expect(await sim.payDeposit(paid.external_reference)).toBe(false);
    const gone = await deposit(sim, 5, { expiration: 60 });
    sim.clock.advance(3_700_000);
    expect(await sim.payDeposit(gone.external_reference)).toBe(false);
  });

  it('POST /__sim/transactions/:ref/pay pays (200), then 409, and 404 for unknown references', async () => {
    const sim = await start();
    const d = await deposit(sim, 7);
    const pay = (ref: string) => fetch(`${sim.url}/__sim/transactions/${ref}/pay`, { method: 'POST' });
    const first = await pay(d.external_reference);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ data: { external_reference: d.external_reference, status: 1 } });
    expect((await pay(d.external_reference)).status).toBe(409);
    expect((await pay('47023acc-0727-476a-a011-9d759e7f58c9')).status).toBe(404);
    expect(await check(sim, d.external_reference)).toBe(200);
  });
});

describe('Pagstar simulator: delivery target and retries', () => {
  it('delivers to the notification URL when the deposit has no callback, and to the callback only otherwise', async () => {
    const account = await startReceiver();
    const perTx = await startReceiver();
    const sim = await start();
    expect((await api(sim, 'PATCH', '/identity/partner/notification-url', { notification_url: account.url })).status).toBe(200);
    const plain = await deposit(sim, 11);
    const withCallback = await deposit(sim, 12, { callback: perTx.url });
    await sim.payDeposit(plain.external_reference);
    await sim.payDeposit(withCallback.external_reference);
    await sim.waitForIdle();
    expect(account.received.map((r) => r.body.external_reference)).toEqual([plain.external_reference]);
    expect(perTx.received.map((r) => r.body.external_reference)).toEqual([withCallback.external_reference]);
  });

  it('makes no delivery when there is neither a callback nor a notification URL', async () => {
    const sim = await start();
    const d = await deposit(sim, 13);
    await sim.payDeposit(d.external_reference);
    await sim.waitForIdle();
    expect(sim.deliveries()).toHaveLength(0);
  });

  it('retries a failing receiver and stops at the first 2xx', async () => {
    const receiver = await startReceiver([500, 503]);
    const sim = await start();
    const d = await deposit(sim, 14, { callback: receiver.url });
    await sim.payDeposit(d.external_reference);
    await sim.waitForIdle();
    expect(receiver.received).toHaveLength(3);
    expect(sim.deliveries().map((r) => [r.deliveryId, r.attempt, r.status, r.ok])).toEqual([
      [1, 1, 500, false],
      [1, 2, 503, false],
      [1, 3, 200, true],
    ]);
    expect(receiver.received.every((r) => r.body.external_reference === d.external_reference)).toBe(true);
  });

  it('gives up after 1 attempt + 2 retries', async () => {
    const receiver = await startReceiver([500, 500, 500, 500]);
    const sim = await start();
    const d = await deposit(sim, 15, { callback: receiver.url });
    await sim.payDeposit(d.external_reference);
    // waitForIdle also waits for scheduled retries, so a fourth attempt would have arrived before it resolves.
    await sim.waitForIdle();
    expect(receiver.received).toHaveLength(3);
    expect(sim.deliveries().map((r) => r.attempt)).toEqual([1, 2, 3]);
  });

  it('waits for the configured delay between attempts', async () => {
    const receiver = await startReceiver([500]);
    const sim = await start({ webhookRetryDelaysMs: [300] });
    const d = await deposit(sim, 16, { callback: receiver.url });
    await sim.payDeposit(d.external_reference);
    await sim.waitForIdle();
    expect(receiver.received).toHaveLength(2);
    // A lower bound on the gap: a slow machine makes it longer, never shorter.
    expect(receiver.received[1].at - receiver.received[0].at).toBeGreaterThanOrEqual(295);
  });

  it('records refused connections and timeouts as status 0 with an error', async () => {
    const down = await startReceiver();
    await down.close();
    const slow = await startReceiver(['hang', 'hang', 'hang']);
    const sim = await start({ webhookTimeoutMs: 50, webhookRetryDelaysMs: [] });
    const a = await deposit(sim, 17, { callback: down.url });
    const b = await deposit(sim, 18, { callback: slow.url });
    await sim.payDeposit(a.external_reference);
    await sim.payDeposit(b.external_reference);
    await sim.waitForIdle();
    const byUrl = Object.fromEntries(sim.deliveries().map((r) => [r.url, r]));
    expect(byUrl[down.url]).toMatchObject({ status: 0, ok: false, error: expect.any(String) });
    expect(byUrl[slow.url]).toMatchObject({ status: 0, ok: false, error: expect.stringContaining('timeout') });
  });

  it('close() gives up scheduled retries and releases waitForIdle', async () => {
    const receiver = await startReceiver([500]);
    const sim = await start({ webhookRetryDelaysMs: [60_000] });
    const d = await deposit(sim, 19, { callback: receiver.url });
    await sim.payDeposit(d.external_reference);
    await receiver.waitFor(1);
    const idle = sim.waitForIdle();
    await sim.close();
    // The retry is 60 s away, past jest's 20 s test timeout: a close() that did not release waitForIdle fails here.
    await idle;
    expect(receiver.received).toHaveLength(1);
  });

  it('delivers transfer events: approved with an end2end id, ,99 cancelled without one', async () => {
    const receiver = await startReceiver();
    const sim = await start({ sandboxDelayMs: 30 });
    await api(sim, 'PATCH', '/identity/partner/notification-url', { notification_url: receiver.url });
    const body = { pix_key: '12345678901', pix_key_type: 'cpf', customer_document: '12345678901', transaction_id: 'payout-1' };
    const ok = await api(sim, 'POST', '/wallet/partner/withdrawals/solicit-for-customer', { ...body, value: 50 });
    const refused = await api(sim, 'POST', '/wallet/partner/withdrawals/solicit-for-customer', { ...body, value: 50.99 });
    await receiver.waitFor(2);
    const byRef = Object.fromEntries(receiver.received.map((r) => [r.body.external_reference as string, r.body]));
    expect(byRef[ok.body.data.external_reference]).toMatchObject({
      status: 'approved',
      type: 'transfer',
      value: 50,
      transaction_id: 'payout-1',
      end2end: expect.stringMatching(/^E\d{8}\d{12}[A-Za-z0-9]{11}$/),
    });
    expect(byRef[refused.body.data.external_reference]).toMatchObject({ status: 'cancelled', type: 'transfer', value: 50.99, end2end: null });
  });
});
