import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

describe('Astra simulator: listing dynamic charges (ASM-A09, ASM-A22)', () => {
  let sim: AstraSimulator;
  let api: AstraSimClient;
  const list = (query: string) => api.call('GET', `/charge/v1/dynamic${query}`);

  beforeAll(async () => {
    // The clock moves by days below; keep the token valid across that (tokens follow the clock).
    sim = await startAstraSimulator({ sandboxDelayMs: 0, tokenTtlSeconds: 30 * 86_400 });
    api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  });
  afterAll(() => sim.close());

  it('pages newest first with the ASM-A09 envelope', async () => {
    // 2025-01-15T02:30:00Z is still 2025-01-14 in Brasília (UTC−3).
    sim.clock.set(new Date('2025-01-15T02:30:00.000Z'));
    const txids: string[] = [];
    for (let i = 0; i < 5; i++) {
      txids.push((await api.call('POST', '/charge/v1/dynamic', { body: { amount: 10 + i, userReference: `ref-${i % 2}` } })).body.txid);
    }
    const first = await list('?size=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 0, size: 2, totalElements: 5, totalPages: 3 });
    expect(first.body.content.map((c: { txid: string }) => c.txid)).toEqual([txids[4], txids[3]]);
    const last = await list('?size=2&page=2');
    expect(last.body.content.map((c: { txid: string }) => c.txid)).toEqual([txids[0]]);
    const past = await list('?size=2&page=9');
    expect(past.body).toMatchObject({ content: [], page: 9, totalElements: 5 });
    const defaults = await list('');
    expect(defaults.body).toMatchObject({ page: 0, size: 20, totalElements: 5, totalPages: 1 });
  });

  it('applies startDate/endDate as inclusive Brasília dates on createdAt', async () => {
    expect((await list('?startDate=2025-01-14&endDate=2025-01-14')).body.totalElements).toBe(5);
    expect((await list('?startDate=2025-01-15&endDate=2025-01-15')).body.totalElements).toBe(0);
    sim.clock.set(new Date('2025-01-15T03:00:00.000Z')); // 00:00 on the 15th in Brasília
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 99, debtor: { name: 'Ana', naturalPersonIdentification: '12345678909' } } });
    expect((await list('?startDate=2025-01-15')).body.totalElements).toBe(1);
    expect((await list('?endDate=2025-01-14')).body.totalElements).toBe(5);
    expect((await list('?startDate=2025-01-14&endDate=2025-01-15')).body.totalElements).toBe(6);
  });

  it('filters by status, userReference and either debtor document (ANDed)', async () => {
    expect((await list('?userReference=ref-0')).body.totalElements).toBe(3);
    expect((await list('?userReference=ref-1&status=ACTIVE')).body.totalElements).toBe(2);
    expect((await list('?status=PAID')).body.totalElements).toBe(0);
    const byCpf = await list('?document=12345678909');
    expect(byCpf.body.content).toHaveLength(1);
    expect(byCpf.body.content[0].amount).toBe(99);
    await api.call('POST', '/charge/v1/dynamic', { body: { amount: 1, debtor: { name: 'Co', legalPersonIdentification: '11222333000181' } } });
    expect((await list('?document=11222333000181')).body.totalElements).toBe(1);
  });

  it('reflects expiry in status filters', async () => {
    sim.clock.advance(2 * 86_400_000);
    expect((await list('?status=ACTIVE')).body.totalElements).toBe(0);
    expect((await list('?status=EXPIRED')).body.totalElements).toBe(7);
  });

  it.each([
    ['?page=-1', 'page must be an integer greater than or equal to 0'],
    ['?page=abc', 'page must be an integer greater than or equal to 0'],
    ['?size=0', 'size must be an integer between 1 and 100'],
    ['?size=101', 'size must be an integer between 1 and 100'],
    ['?startDate=2025-02-30', 'startDate must be a valid date in yyyy-MM-dd format'],
    ['?endDate=15/01/2025', 'endDate must be a valid date in yyyy-MM-dd format'],
    ['?startDate=2025-01-16&endDate=2025-01-15', 'startDate must not be after endDate'],
    ['?status=ATIVA', 'status must be one of ACTIVE, PAID, PARTIALLY_REFUNDED, REFUNDED, EXPIRED'],
    ['?document=123', 'document must be a CPF (11 digits) or a CNPJ (14 digits)'],
  ])('rejects %s with 400', async (query, message) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 36, errors: [message] });
  });

  it('accepts size 100', async () => {
    expect((await list('?size=100')).status).toBe(200);
  });
});
