import { hasError, isDynamicPix, parsePix } from 'pix-utils';
import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('Astra simulator: Pix dynamic charges', () => {
  let sim: AstraSimulator;
  let api: AstraSimClient;
  const create = (body: unknown) => api.call('POST', '/charge/v1/dynamic', { body });

  beforeEach(async () => {
    sim = await startAstraSimulator({ sandboxDelayMs: 0 });
    api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  });
  afterEach(() => sim.close());

  it('creates an ACTIVE charge with every property of the ASM-A20 object', async () => {
    const before = sim.clock.nowMs();
    const response = await create({
      amount: 100.5,
      expiration: 3600,
      description: 'Payment for order #12345',
      userReference: 'order-12345',
      debtor: { name: 'João Silva', naturalPersonIdentification: '12345678901' },
      validateDebtor: true,
      unknownProperty: 'ignored',
    });
    expect(response.status).toBe(200);
    const charge = response.body;
    expect(charge).toEqual({
      txid: expect.stringMatching(/^astra[A-Za-z0-9]{26}$/),
      status: 'ACTIVE',
      amount: 100.5,
      expiration: 3600,
      description: 'Payment for order #12345',
      userReference: 'order-12345',
      debtor: { name: 'João Silva', naturalPersonIdentification: '12345678901', legalPersonIdentification: null },
      validateDebtor: true,
      emv: expect.stringMatching(/^000201/),
      createdAt: expect.stringMatching(ISO_MS),
      expiresAt: expect.stringMatching(ISO_MS),
      payment: null,
      refundedAmount: 0,
    });
    expect(Date.parse(charge.createdAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(charge.expiresAt) - Date.parse(charge.createdAt)).toBe(3600_000);
  });

  it('returns a dynamic BR Code with a valid CRC pointing at the charge (ASM-A19)', async () => {
    const { body: charge } = await create({ amount: 10 });
    const emv: string = charge.emv;
    expect(emv.startsWith('000201')).toBe(true);
    expect(emv).toMatch(/6304[0-9A-F]{4}$/);
    const parsed = parsePix(emv);
    if (hasError(parsed)) throw new Error(parsed.message);
    expect(isDynamicPix(parsed)).toBe(true);
    expect(parsed).toMatchObject({ merchantName: 'ASTRA SANDBOX', merchantCity: 'SAO PAULO', url: `pix.astra.sandbox/qr/v2/${charge.txid}` });
    const tampered = emv.slice(0, -4) + (emv.endsWith('0000') ? '0001' : '0000');
    expect(hasError(parsePix(tampered))).toBe(true);
  });

  it('applies the documented defaults: expiration 86400, nulls, validateDebtor false', async () => {
    const { status, body } = await create({ amount: 0.02 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ expiration: 86_400, description: null, userReference: null, debtor: null, validateDebtor: false });
    expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(86_400_000);
  });

  it('accepts amounts whose binary float is inexact but have 2 decimals (0.29, 1.15, 999999.99)', async () => {
    for (const amount of [0.29, 1.15, 0.07, 999_999.99]) {
      const response = await create({ amount });
      expect(response.status).toBe(200);
      expect(response.body.amount).toBe(amount);
    }
  });

  it('accepts a CNPJ debtor', async () => {
    const { status, body } = await create({ amount: 5, debtor: { name: 'ACME LTDA', legalPersonIdentification: '12345678000195' } });
    expect(status).toBe(200);
    expect(body.debtor).toEqual({ name: 'ACME LTDA', naturalPersonIdentification: null, legalPersonIdentification: '12345678000195' });
  });

  it.each([
    ['no body', undefined, 'Request body must be a JSON object'],
    ['amount missing', {}, 'amount is required'],
    ['amount as a string', { amount: '10.00' }, 'amount must be a number'],
    ['amount with 3 decimals', { amount: 1.005 }, 'amount must have at most 2 decimal places'],
    ['amount with tiny fraction', { amount: 10.0000001 }, 'amount must have at most 2 decimal places'],
    ['amount zero', { amount: 0 }, 'amount must be between 0.01 and 999999.99'],
    ['amount negative', { amount: -5 }, 'amount must be between 0.01 and 999999.99'],
    ['amount too large', { amount: 1_000_000 }, 'amount must be between 0.01 and 999999.99'],
    ['expiration zero', { amount: 1, expiration: 0 }, 'expiration must be an integer between 1 and 2592000'],
    ['expiration above 30 days', { amount: 1, expiration: 2_592_001 }, 'expiration must be an integer between 1 and 2592000'],
    ['expiration fractional', { amount: 1, expiration: 10.5 }, 'expiration must be an integer between 1 and 2592000'],
    ['description too long', { amount: 1, description: 'x'.repeat(141) }, 'description must have at most 140 characters'],
    ['description not a string', { amount: 1, description: 42 }, 'description must be a string'],
    ['userReference too long', { amount: 1, userReference: 'r'.repeat(78) }, 'userReference must have at most 77 characters'],
    ['debtor not an object', { amount: 1, debtor: 'João' }, 'debtor must be an object'],
    ['debtor without name', { amount: 1, debtor: { naturalPersonIdentification: '12345678901' } }, 'debtor.name is required'],
    ['debtor without document', { amount: 1, debtor: { name: 'João' } }, 'debtor requires exactly one of naturalPersonIdentification or legalPersonIdentification'],
    [
      'debtor with both documents',
      { amount: 1, debtor: { name: 'João', naturalPersonIdentification: '12345678901', legalPersonIdentification: '12345678000195' } },
      'debtor requires exactly one of naturalPersonIdentification or legalPersonIdentification',
    ],
    ['CPF not 11 digits', { amount: 1, debtor: { name: 'J', naturalPersonIdentification: '123.456.789-01' } }, 'debtor.naturalPersonIdentification must be a CPF of 11 digits'],
    ['CNPJ not 14 digits', { amount: 1, debtor: { name: 'J', legalPersonIdentification: '1234567800019' } }, 'debtor.legalPersonIdentification must be a CNPJ of 14 digits'],
    [
      'Bacen alias cpf instead of naturalPersonIdentification',
      { amount: 1, debtor: { name: 'J', cpf: '12345678901' } },
      'debtor requires exactly one of naturalPersonIdentification or legalPersonIdentification',
    ],
    ['validateDebtor not boolean', { amount: 1, validateDebtor: 'yes' }, 'validateDebtor must be a boolean'],
    ['validateDebtor without debtor', { amount: 1, validateDebtor: true }, 'validateDebtor requires a debtor'],
  ])('rejects %s with 400 errorCode 36 (ASM-A19)', async (_case, body, message) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 36, message: 'Invalid request parameters' });
    expect(response.body.errors).toEqual([message]);
  });

  it('lists one message per problem', async () => {
    const response = await create({ amount: 1.234, description: 'x'.repeat(141), expiration: -1 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(3);
  });

  it('consults a charge by txid and answers 404 for an unknown one (ASM-A21)', async () => {
    const { body: created } = await create({ amount: 7.5, userReference: 'ref-7' });
    const found = await api.call('GET', `/charge/v1/dynamic/${created.txid}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual(created);
    const missing = await api.call('GET', '/charge/v1/dynamic/astraDOESNOTEXIST0000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe(404);
    expect(sim.counters.count('GET /charge/v1/dynamic/:txid')).toBe(2);
  });

  it('expires an unpaid charge at expiresAt on the simulator clock, and it never moves back (ASM-A20)', async () => {
    const { body } = await create({ amount: 3, expiration: 60 });
    sim.clock.advance(59_000);
    expect((await api.call('GET', `/charge/v1/dynamic/${body.txid}`)).body.status).toBe('ACTIVE');
    sim.clock.advance(1_000);
    expect((await api.call('GET', `/charge/v1/dynamic/${body.txid}`)).body.status).toBe('EXPIRED');
    expect(await sim.payCharge(body.txid)).toBe(false);
    sim.clock.advance(-120_000);
    expect((await api.call('GET', `/charge/v1/dynamic/${body.txid}`)).body.status).toBe('EXPIRED');
  });

  it('does not auto-pay x.11 or x.21 amounts (ASM-A10)', async () => {
    const a = (await create({ amount: 1.11 })).body;
    const b = (await create({ amount: 2.21 })).body;
    await sim.waitForIdle();
    expect((await api.call('GET', `/charge/v1/dynamic/${a.txid}`)).body.status).toBe('ACTIVE');
    expect((await api.call('GET', `/charge/v1/dynamic/${b.txid}`)).body.status).toBe('ACTIVE');
  });
});
