import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

describe('Astra simulator: webhook management (ASM-A17)', () => {
  let sim: AstraSimulator;
  let api: AstraSimClient;
  const createHook = (body: unknown) => api.call('POST', '/webhook/v1', { body });

  beforeEach(async () => {
    sim = await startAstraSimulator({ sandboxDelayMs: 0 });
    api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  });
  afterEach(() => sim.close());

  it('creates, finds, updates, lists and deletes a webhook', async () => {
    const created = await createHook({ url: 'https://api.example.com/hooks/astra/abc', type: 'PIX_QR_INBOUND' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      url: 'https://api.example.com/hooks/astra/abc',
      type: 'PIX_QR_INBOUND',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.body.updatedAt).toBe(created.body.createdAt);
    const id = created.body.id;

    expect((await api.call('GET', `/webhook/v1/${id}`)).body).toEqual(created.body);

    sim.clock.advance(5_000);
    const updated = await api.call('PUT', `/webhook/v1/${id}`, { body: { url: 'http://127.0.0.1:9/new', type: 'PIX_QR_INBOUND' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id, url: 'http://127.0.0.1:9/new', createdAt: created.body.createdAt });
    expect(Date.parse(updated.body.updatedAt) - Date.parse(created.body.createdAt)).toBeGreaterThanOrEqual(5_000);

    const listed = await api.call('GET', '/webhook/v1');
    expect(listed.body).toEqual({ content: [updated.body], page: 0, size: 20, totalElements: 1, totalPages: 1 });

    const deleted = await api.call('DELETE', `/webhook/v1/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual(updated.body);
    expect((await api.call('GET', `/webhook/v1/${id}`)).status).toBe(404);
    expect((await api.call('DELETE', `/webhook/v1/${id}`)).status).toBe(404);
    expect((await api.call('PUT', `/webhook/v1/${id}`, { body: { url: 'https://x.example', type: 'PIX_QR_INBOUND' } })).status).toBe(404);
  });

  it('allows at most one webhook per type, on create and on update', async () => {
    const pix = (await createHook({ url: 'https://a.example/pix', type: 'PIX_QR_INBOUND' })).body;
    const duplicate = await createHook({ url: 'https://b.example/pix', type: 'PIX_QR_INBOUND' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors).toEqual(['A webhook for type PIX_QR_INBOUND already exists']);

    const link = (await createHook({ url: 'https://a.example/link', type: 'PAYMENT_LINK_INBOUND' })).body;
    const clash = await api.call('PUT', `/webhook/v1/${link.id}`, { body: { url: link.url, type: 'PIX_QR_INBOUND' } });
    expect(clash.status).toBe(400);
    expect(clash.body.errors).toEqual(['A webhook for type PIX_QR_INBOUND already exists']);
    // Keeping its own type is fine.
    expect((await api.call('PUT', `/webhook/v1/${pix.id}`, { body: { url: 'https://c.example/pix', type: 'PIX_QR_INBOUND' } })).status).toBe(200);

    await api.call('DELETE', `/webhook/v1/${pix.id}`);
    expect((await createHook({ url: 'https://b.example/pix', type: 'PIX_QR_INBOUND' })).status).toBe(200);
  });

  it.each([
    ['url missing', { type: 'PIX_QR_INBOUND' }, ['url is required']],
    ['url relative', { url: '/hooks', type: 'PIX_QR_INBOUND' }, ['url must be an absolute http or https URL']],
    ['url ftp', { url: 'ftp://example.com/x', type: 'PIX_QR_INBOUND' }, ['url must be an absolute http or https URL']],
    ['url over 500 chars', { url: `https://example.com/${'a'.repeat(481)}`, type: 'PIX_QR_INBOUND' }, ['url must have at most 500 characters']],
    ['type missing', { url: 'https://example.com' }, ['type is required']],
    ['type unknown', { url: 'https://example.com', type: 'PIX_INBOUND' }, [expect.stringMatching(/^type must be one of PIX_OUTBOUND, /)]],
    ['both missing', {}, ['url is required', 'type is required']],
  ])('rejects %s with 400', async (_case, body, errors) => {
    const response = await createHook(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 36, errors });
  });

  it('accepts a 500-character url and every documented type', async () => {
    const types = ['PIX_OUTBOUND', 'PIX_QR_INBOUND', 'PIX_QR_PARTNER_INBOUND', 'CARD_PAYMENT_INBOUND', 'CARD_CHARGEBACK', 'CARD_RECURRING_INBOUND', 'PAYMENT_LINK_INBOUND'];
    const url = `https://example.com/${'a'.repeat(480)}`;
    expect(url).toHaveLength(500);
    for (const type of types) expect((await createHook({ url, type })).status).toBe(200);
    const all = await api.call('GET', '/webhook/v1?size=3');
    expect(all.body).toMatchObject({ totalElements: 7, totalPages: 3 });
    expect(all.body.content[0].type).toBe('PAYMENT_LINK_INBOUND'); // newest first
    const filtered = await api.call('GET', '/webhook/v1?type=CARD_CHARGEBACK');
    expect(filtered.body.content.map((w: { type: string }) => w.type)).toEqual(['CARD_CHARGEBACK']);
    expect((await api.call('GET', '/webhook/v1?type=NOPE')).status).toBe(400);
  });

  it('requires both url and type on update (full replacement)', async () => {
    const hook = (await createHook({ url: 'https://a.example', type: 'PIX_OUTBOUND' })).body;
    const response = await api.call('PUT', `/webhook/v1/${hook.id}`, { body: { url: 'https://b.example' } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(['type is required']);
  });

  it('routes /webhook/v1/results before /webhook/v1/{id}', async () => {
    const response = await api.call('GET', '/webhook/v1/results');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 });
    expect(sim.counters.count('GET /webhook/v1/results')).toBe(1);
    expect(sim.counters.count('GET /webhook/v1/:webhookId')).toBe(0);
  });

  it('validates the results filters (ASM-A18)', async () => {
    const unknownId = await api.call('GET', '/webhook/v1/results?webhookId=3f1c9a2e-5b7d-4c1e-8f2a-6d9b0e4c7a13');
    expect(unknownId.status).toBe(400);
    const badSuccess = await api.call('GET', '/webhook/v1/results?success=yes');
    expect(badSuccess.status).toBe(400);
    expect(badSuccess.body.errors).toEqual(['success must be one of true, false']);
  });
});
