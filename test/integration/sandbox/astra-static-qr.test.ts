/**
 * Astra simulator, static QR generate and read (ASM-A24), over real HTTP. The BR Codes it answers
 * are checked with the independent builder's CRC (test/helpers/br-codes.ts), not only with lib.
 */
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { decodeBrCode } from '../../../src/lib/br-code';
import { buildBrCode, crc16, PIX_UTILS_DYNAMIC, PIX_UTILS_STATIC, staticFields, withWrongCrc } from '../../helpers/br-codes';
import { keyPaths, loadFixture } from '../../helpers/wire-fixtures';

const GENERATE = 'POST /charge/v1/static';
const READ = 'POST /charge/v1/static/read';

describe('Astra simulator: static QR codes (ASM-A24)', () => {
  let sim: AstraSimulator;
  let token: string;

  async function call(path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${sim.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-transaction-id': crypto.randomUUID(), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }
  const generate = (body?: unknown) => call('/charge/v1/static', body);
  const read = (emv: unknown) => call('/charge/v1/static/read', { emv });

  beforeAll(async () => {
    sim = await startAstraSimulator({ sandboxDelayMs: 0 });
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: sim.clientId, client_secret: sim.clientSecret });
    const res = await fetch(`${sim.url}/oauth/v1/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    token = ((await res.json()) as { access_token: string }).access_token;
  });
  afterEach(() => sim.faults.reset());
  afterAll(() => sim.close());

  test('generate answers the documented shape with a real static BR Code carrying amount and reference', async () => {
    const response = await generate(loadFixture('astra', 'asm-a24-static-qr-generate-request').body);
    expect(response.status).toBe(200);
    expect(keyPaths(response.body)).toEqual(keyPaths(loadFixture('astra', 'asm-a24-static-qr-generate-response').body));
    expect(response.body).toMatchObject({
      pixKey: 'b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
      merchantName: 'ASTRA SANDBOX',
      merchantCity: 'SAO PAULO',
      amount: 25,
      description: 'Donation',
      userReference: 'STATIC001',
    });
    const emv: string = response.body.emv;
    expect(crc16(emv.slice(0, -4))).toBe(emv.slice(-4));
    expect(emv).toContain('540525.00');
    expect(decodeBrCode(emv)).toMatchObject({ valid: true, kind: 'STATIC', pixKey: response.body.pixKey, amountCents: 2500, txid: 'STATIC001', description: 'Donation' });
  });

  test('an empty body is a payer-typed code: no amount in the BR Code, txid "***", nulls in the answer', async () => {
    const response = await generate();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ amount: null, description: null, userReference: null });
    expect(response.body.emv).toContain('0503***');
    expect(decodeBrCode(response.body.emv)).toMatchObject({ valid: true, amountCents: null, txid: null });
  });

  test('a 72-character description is accepted; the BR Code carries what fits next to the key', async () => {
    const description = 'Doação para a campanha de inverno, obrigado por contribuir com a causa!!'.padEnd(72, '!');
    const response = await generate({ description });
    expect(response.status).toBe(200);
    expect(response.body.description).toBe(description);
    expect(decodeBrCode(response.body.emv).description).toBe('Doacao para a campanha de inverno, ob');
  });

  test('invalid fields → 400 with one message per problem (ASM-A07)', async () => {
    const response = await generate({ amount: 1_000_000, description: 'd'.repeat(73), userReference: 'order-1' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 36, message: 'Invalid request parameters' });
    expect(response.body.errors).toEqual([
      'amount must be between 0.01 and 999999.99',
      'description must have at most 72 characters',
      'userReference must be 1-25 characters from [A-Za-z0-9]',
    ]);
  });

  test.each([
    ['amount 0', { amount: 0 }, /amount/],
    ['amount with 3 decimals', { amount: 1.001 }, /2 decimal places/],
    ['amount as a string', { amount: '25.00' }, /must be a number/],
    ['userReference over 25', { userReference: 'R'.repeat(26) }, /userReference/],
    ['a JSON array body', [1], /JSON object/],
  ])('generate: %s → 400', async (_name, body, message) => {
    const response = await generate(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.stringMatching(message));
  });

  test('read answers the documented shape for a code it generated', async () => {
    const { body: created } = await generate(loadFixture('astra', 'asm-a24-static-qr-generate-request').body);
    const response = await read(created.emv);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(loadFixture('astra', 'asm-a24-static-qr-read-response').body);
  });

  test('read works for any static code, absent elements null', async () => {
    expect((await read(buildBrCode(...staticFields()))).body).toEqual({
      pixKey: 'fulano@example.com',
      merchantName: 'FULANO DE TAL',
      merchantCity: 'SAO PAULO',
      amount: null,
      description: 'Doacao',
      userReference: null,
    });
    expect((await read(PIX_UTILS_STATIC)).body).toMatchObject({ pixKey: 'nubank@thalesog.com', amount: 1 });
  });

  test.each([
    ['a bad CRC', withWrongCrc(PIX_UTILS_STATIC), /^emv CRC16 checksum/],
    ['an unparseable code', 'hello', /^emv malformed/],
    ['a dynamic code', PIX_UTILS_DYNAMIC, /dynamic BR Code/],
    ['no emv', undefined, /emv is required/],
    ['a non-string emv', 42, /emv must be a string/],
  ])('read: %s → 400', async (_name, emv, message) => {
    const response = await read(emv);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.stringMatching(message));
  });

  test('both routes are counted by name and obey injected faults', async () => {
    const before = { generate: sim.counters.count(GENERATE), read: sim.counters.count(READ) };
    await generate({});
    await read(PIX_UTILS_STATIC);
    expect(sim.counters.count(GENERATE)).toBe(before.generate + 1);
    expect(sim.counters.count(READ)).toBe(before.read + 1);
    sim.faults.set({ errorRate: 1, routeFilter: '/charge/v1/static' });
    expect((await generate({})).status).toBe(503);
    expect((await read(PIX_UTILS_STATIC)).status).toBe(503);
  });

  test('wrong method and missing token get the usual 405 and 401', async () => {
    expect((await fetch(`${sim.url}/charge/v1/static`, { headers: { authorization: `Bearer ${token}`, 'x-transaction-id': crypto.randomUUID() } })).status).toBe(405);
    const saved = token;
    token = 'nope';
    try {
      expect((await generate({})).status).toBe(401);
    } finally {
      token = saved;
    }
  });
});
