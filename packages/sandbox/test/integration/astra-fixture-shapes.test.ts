/**
 * Guard against simulator drift: the Astra simulator's answers for the objects of
 * test/fixtures/astra have exactly the documented examples' key sets (values differ: ids, times).
 * The client is tested against the fixtures (test/unit/astra/wire-fixtures.test.ts), so together
 * both sides are pinned to the docs rather than to each other.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { keyPaths, loadFixture } from '../helpers/wire-fixtures';

const fixtureKeys = (name: string) => keyPaths(loadFixture('astra', name).body);

describe('Astra simulator answers have the documented shapes', () => {
  let sim: AstraSimulator;
  let receiver: Server;
  let token: string;
  let tokenBody: unknown;

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${sim.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'x-transaction-id': crypto.randomUUID(), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }

  beforeAll(async () => {
    receiver = createServer((_req, res) => res.writeHead(200).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    sim = await startAstraSimulator({ sandboxDelayMs: 0, webhookRetryDelaysMs: [] });
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: sim.clientId, client_secret: sim.clientSecret });
    const res = await fetch(`${sim.url}/oauth/v1/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    tokenBody = await res.json();
    token = (tokenBody as { access_token: string }).access_token;
  });
  afterAll(async () => {
    await sim.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  test('token response (ASM-A03)', () => {
    expect(keyPaths(tokenBody)).toEqual(fixtureKeys('asm-a03-token-response'));
  });

  test('webhook (ASM-A17), charge (ASM-A20), page envelope (ASM-A09), delivery record + payment event (ASM-A18, §2.3.1), refund (ASM-A23)', async () => {
    const webhook = await call('POST', '/webhook/v1', { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, type: 'PIX_QR_INBOUND' });
    expect(webhook.status).toBe(200);
    expect(keyPaths(webhook.body)).toEqual(fixtureKeys('asm-a17-webhook-object'));

    const created = await call('POST', '/charge/v1/dynamic', loadFixture('astra', 'doc-3.3-create-charge-request').body);
    expect(created.status).toBe(200);
    expect(keyPaths(created.body)).toEqual(fixtureKeys('asm-a20-charge-object'));

    const list = await call('GET', '/charge/v1/dynamic?page=0&size=20');
    expect(keyPaths(list.body)).toEqual(fixtureKeys('asm-a09-page-envelope-of-charges'));

    const txid = created.body.txid as string;
    expect(await sim.payCharge(txid, { name: 'João Silva', documentNumber: '12345678901' })).toBe(true);
    await sim.waitForIdle();
    const paid = await call('GET', `/charge/v1/dynamic/${txid}`);
    // ASM-A20 states the payment object in prose: "same names as the webhook".
    expect(keyPaths(paid.body.payment)).toEqual(['amount', 'endToEndId', 'payer', 'payer.documentNumber', 'payer.name', 'paymentDate']);

    const results = await call('GET', '/webhook/v1/results?page=0&size=20');
    const record = results.body.content[0] as Record<string, unknown>;
    // The doc abbreviates the record's payload, so only its top level is compared here…
    expect(Object.keys(record).sort()).toEqual(Object.keys(loadFixture<object>('astra', 'asm-a18-webhook-result').body).sort());
    // …and the payload itself against the §2.3.1 payment event.
    expect(keyPaths(record.payload)).toEqual(fixtureKeys('doc-2.3.1-pix-qr-inbound-payment'));

    const refund = await call('POST', '/charge/v1/refund', { txid, amount: 40.0, description: 'Item returned' });
    expect(refund.status).toBe(200);
    expect(keyPaths(refund.body)).toEqual(fixtureKeys('asm-a23-refund-object'));
    await sim.waitForIdle();

    // After the refund completed: refund, charge and the REFUND event (ASM-A13).
    const refunded = await call('GET', `/charge/v1/refund/${refund.body.refundId as string}`);
    expect(refunded.body.status).toBe('REFUNDED');
    expect(keyPaths(refunded.body)).toEqual(fixtureKeys('asm-a23-refund-refunded'));
    const partially = await call('GET', `/charge/v1/dynamic/${txid}`);
    expect(partially.body.status).toBe('PARTIALLY_REFUNDED');
    expect(keyPaths(partially.body)).toEqual(fixtureKeys('asm-a20-charge-partially-refunded'));
    const after = await call('GET', '/webhook/v1/results?page=0&size=20');
    const refundEvent = (after.body.content as Array<{ payload: { type: string } }>).find((r) => r.payload.type === 'REFUND');
    expect(keyPaths(refundEvent?.payload)).toEqual(fixtureKeys('asm-a13-pix-qr-inbound-refund'));
  });

  test('error body (§1.6) of a validation failure', async () => {
    const rejected = await call('POST', '/charge/v1/dynamic', { amount: 0 });
    expect(rejected.status).toBe(400);
    expect(keyPaths(rejected.body)).toEqual(fixtureKeys('doc-1.6-error-body-400'));
    expect(rejected.body.errorCode).toBe(36);
  });
});
