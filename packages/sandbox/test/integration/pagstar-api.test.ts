import { startPagstarSimulator, type PagstarSimulator, type PagstarSimulatorOptions } from '../../src/pagstar';

// Pagstar v2 simulator over real HTTP: auth (ASM-P02), envelope/errors (ASM-P03), create deposit
// (ASM-P05), details (ASM-P06), /check codes (ASM-P07), notification URL (ASM-P08), withdrawals (ASM-P09).

const open: PagstarSimulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function start(options: PagstarSimulatorOptions = {}): Promise<PagstarSimulator> {
  const sim = await startPagstarSimulator({ sandboxDelayMs: 60_000, ...options });
  open.push(sim);
  return sim;
}

interface CallOptions {
  /** undefined → the static token; null → no Authorization header. */
  token?: string | null;
  authorization?: string;
  body?: unknown;
}

async function call(sim: PagstarSimulator, method: string, path: string, opts: CallOptions = {}) {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'Paygraph Tests (dev@paygraph.dev)' };
  const token = opts.token === undefined ? sim.staticToken : opts.token;
  if (opts.authorization) headers.authorization = opts.authorization;
  else if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(`${sim.baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
}

const LARAVEL_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CREATE = '/wallet/partner/transactions/generate-anonymous-pix';
const tx = (ref: string) => `/wallet/partner/transactions/${ref}`;

function depositBody(sim: PagstarSimulator, extra: Record<string, unknown> = {}) {
  return { value: 10.5, tenant_id: sim.tenantId, expiration: 600, transaction_id: 'order-1', ...extra };
}

async function createDeposit(sim: PagstarSimulator, extra: Record<string, unknown> = {}) {
  const res = await call(sim, 'POST', CREATE, { body: depositBody(sim, extra) });
  expect(res.status).toBe(200);
  return res.body.data as { external_reference: string; expiration_date: string; pix_key: string };
}

describe('Pagstar simulator: login and tokens', () => {
  it('logs in with e-mail and access key and issues a Sanctum-like token valid for 5 years', async () => {
    const sim = await start();
    const res = await call(sim, 'POST', '/identity/partner/login', { token: null, body: { email: sim.email, access_key: sim.accessKey } });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Login realizado com sucesso.');
    expect(res.body.data).toEqual({
      access_token: expect.stringMatching(/^\d+\|[A-Za-z0-9]{40}$/),
      expires_in: expect.stringMatching(LARAVEL_DATE),
      refresh_token: expect.any(String),
      admin_type: 1,
    });
    const years = (Date.parse(res.body.data.expires_in) - Date.now()) / (365 * 24 * 3600 * 1000);
    expect(years).toBeGreaterThan(4.99);
    expect(years).toBeLessThan(5.01);
    const ping = await call(sim, 'GET', tx('00000000-0000-4000-8000-000000000000'), { token: res.body.data.access_token });
    expect(ping.status).toBe(404);
  });

  it('accepts login credentials as form fields, like one PHP client sends them', async () => {
    const sim = await start({ email: 'ops@shop.dev', accessKey: 'k-1' });
    const res = await fetch(`${sim.baseUrl}/identity/partner/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'ops@shop.dev', access_key: 'k-1' }).toString(),
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ['wrong access key', { email: 'sandbox@paygraph.dev', access_key: 'nope' }],
    ['wrong e-mail', { email: 'other@paygraph.dev', access_key: 'sandbox-access-key' }],
  ])('answers 401 "Credenciais inválidas." for a %s', async (_label, body) => {
    const sim = await start();
    const res = await call(sim, 'POST', '/identity/partner/login', { token: null, body });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: 'Credenciais inválidas.' });
  });

  it('answers 422 with a Laravel errors map for missing or malformed login fields', async () => {
    const sim = await start();
    const missing = await call(sim, 'POST', '/identity/partner/login', { token: null, body: {} });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({
      message: 'O campo email é obrigatório.',
      errors: { email: ['O campo email é obrigatório.'], access_key: ['O campo access_key é obrigatório.'] },
    });
    const malformed = await call(sim, 'POST', '/identity/partner/login', { token: null, body: { email: 'no-at-sign', access_key: 42 } });
    expect(malformed.status).toBe(422);
    expect(Object.keys(malformed.body.errors).sort()).toEqual(['access_key', 'email']);
  });

  it('rejects a missing, unknown or non-Bearer token with 401 "Unauthenticated."', async () => {
    const sim = await start();
    for (const opts of [{ token: null }, { token: '1|unknownTokenunknownTokenunknownToken1234' }, { authorization: `Basic ${sim.staticToken}` }]) {
      const res = await call(sim, 'POST', CREATE, { ...opts, body: depositBody(sim) });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: 'Unauthenticated.' });
    }
  });

  it('accepts only the configured static tokens', async () => {
    const sim = await start({ staticTokens: ['7|customStaticTokencustomStaticTokencustom1'] });
    expect(sim.staticToken).toBe('7|customStaticTokencustomStaticTokencustom1');
    expect((await call(sim, 'POST', CREATE, { body: depositBody(sim) })).status).toBe(200);
    const old = await call(sim, 'POST', CREATE, { token: '1|sandboxPagstarStaticToken000000000000000000', body: depositBody(sim) });
    expect(old.status).toBe(401);
  });

  it('revokes login tokens but keeps static tokens working', async () => {
    const sim = await start();
    const login = await call(sim, 'POST', '/identity/partner/login', { token: null, body: { email: sim.email, access_key: sim.accessKey } });
    const issued = login.body.data.access_token as string;
    expect((await call(sim, 'POST', CREATE, { token: issued, body: depositBody(sim) })).status).toBe(200);
    sim.revokeTokens();
    expect((await call(sim, 'POST', CREATE, { token: issued, body: depositBody(sim) })).status).toBe(401);
    expect((await call(sim, 'POST', CREATE, { body: depositBody(sim) })).status).toBe(200);
  });

  it('expires login tokens on the simulator clock', async () => {
    const sim = await start({ tokenTtlSeconds: 60 });
    const login = await call(sim, 'POST', '/identity/partner/login', { token: null, body: { email: sim.email, access_key: sim.accessKey } });
    const issued = login.body.data.access_token as string;
    expect(Date.parse(login.body.data.expires_in) - sim.clock.nowMs()).toBeLessThanOrEqual(60_000);
    sim.clock.advance(59_000);
    expect((await call(sim, 'POST', CREATE, { token: issued, body: depositBody(sim) })).status).toBe(200);
    sim.clock.advance(2_000);
    expect((await call(sim, 'POST', CREATE, { token: issued, body: depositBody(sim) })).status).toBe(401);
  });
});

describe('Pagstar simulator: create deposit', () => {
  it('returns the five CODE fields plus value and expiration_date', async () => {
    const sim = await start();
    const before = sim.clock.nowMs();
    const res = await call(sim, 'POST', CREATE, { body: depositBody(sim, { callback: 'https://shop.dev/hook' }) });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Pagamento PIX gerado com sucesso.');
    const data = res.body.data;
    expect(Object.keys(data).sort()).toEqual(['checkout', 'expiration_date', 'external_reference', 'favoured', 'pix_key', 'qr_code_url', 'value']);
    expect(data.external_reference).toMatch(UUID_V4);
    expect(data.pix_key).toMatch(/^[A-Za-z0-9]{8}\.PAGSTARMOCK2022\.[A-Za-z0-9]{12}\.[A-Za-z0-9]{28}$/);
    expect(data.qr_code_url).toBe(`https://chart.googleapis.com/chart?chs=150x150&cht=qr&chl=${encodeURIComponent(data.pix_key)}`);
    expect(data.checkout).toBe(`https://dev-checkout.pagstar.com/payment/pix/${data.external_reference}`);
    expect(data.favoured).toBe('Pagstar Servicos de Pagamento');
    expect(data.value).toBe(10.5);
    expect(data.expiration_date).toMatch(LARAVEL_DATE);
    const expiresIn = Date.parse(data.expiration_date) - before;
    expect(expiresIn).toBeGreaterThanOrEqual(600_000);
    expect(expiresIn).toBeLessThan(602_000);
  });

  it('defaults expiration to 3600 s and accepts 2-decimal floats and numeric strings', async () => {
    const sim = await start();
    const before = sim.clock.nowMs();
    const res = await call(sim, 'POST', CREATE, { body: { value: 29.9, tenant_id: sim.tenantId } });
    expect(res.body.data.value).toBe(29.9);
    expect(Date.parse(res.body.data.expiration_date) - before).toBeGreaterThanOrEqual(3_600_000);
    expect(Date.parse(res.body.data.expiration_date) - before).toBeLessThan(3_602_000);
    const str = await call(sim, 'POST', CREATE, { body: { value: '0.07', tenant_id: sim.tenantId, expiration: '60' } });
    expect(str.status).toBe(200);
    expect(str.body.data.value).toBe(0.07);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['missing value', { value: undefined }, 'value', 'O campo value é obrigatório.'],
    ['non-numeric value', { value: 'abc' }, 'value', 'O campo value deve ser um número.'],
    ['3-decimal value', { value: 10.001 }, 'value', 'O campo value deve ter no máximo 2 casas decimais.'],
    ['zero value', { value: 0 }, 'value', 'O campo value deve estar entre 0.01 e 999999.99.'],
    ['too large value', { value: 1_000_000 }, 'value', 'O campo value deve estar entre 0.01 e 999999.99.'],
    ['missing tenant', { tenant_id: undefined }, 'tenant_id', 'O campo tenant_id é obrigatório.'],
    ['other tenant', { tenant_id: '11111111-1111-4111-8111-111111111111' }, 'tenant_id', 'O campo tenant_id selecionado é inválido.'],
    ['name without document', { name: 'Fulano' }, 'document', 'O campo document é obrigatório quando name está presente.'],
    ['document without name', { document: '12345678901' }, 'name', 'O campo name é obrigatório quando document está presente.'],
    ['12-digit document', { name: 'Fulano', document: '123456789012' }, 'document', 'O campo document deve ter 11 ou 14 dígitos.'],
    ['formatted document', { name: 'Fulano', document: '123.456.789-01' }, 'document', 'O campo document deve ter 11 ou 14 dígitos.'],
    ['expiration below 60', { expiration: 59 }, 'expiration', 'O campo expiration deve estar entre 60 e 86400.'],
    ['expiration above 86400', { expiration: 86_401 }, 'expiration', 'O campo expiration deve estar entre 60 e 86400.'],
    ['fractional expiration', { expiration: 600.5 }, 'expiration', 'O campo expiration deve ser um número inteiro.'],
    ['long transaction_id', { transaction_id: 'x'.repeat(256) }, 'transaction_id', 'O campo transaction_id não pode ser superior a 255 caracteres.'],
    ['non-http callback', { callback: 'ftp://shop.dev/hook' }, 'callback', 'O campo callback deve ser uma URL válida.'],
    ['relative callback', { callback: '/hook' }, 'callback', 'O campo callback deve ser uma URL válida.'],
    ['long description', { description: 'd'.repeat(256) }, 'description', 'O campo description não pode ser superior a 255 caracteres.'],
    ['e-mail without @', { email: 'fulano.shop.dev' }, 'email', 'O campo email deve ser um endereço de e-mail válido.'],
  ])('answers 422 for %s', async (_label, patch, field, message) => {
    const sim = await start();
    const res = await call(sim, 'POST', CREATE, { body: depositBody(sim, patch) });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message, errors: { [field]: [message] } });
  });

  it('reports every required field for an empty body, message = first error', async () => {
    const sim = await start();
    const res = await call(sim, 'POST', CREATE, {});
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('O campo value é obrigatório.');
    expect(Object.keys(res.body.errors)).toEqual(['value', 'tenant_id']);
  });

  it('accepts 11- and 14-digit documents with a name', async () => {
    const sim = await start();
    for (const document of ['12345678901', '12345678000190']) {
      expect((await call(sim, 'POST', CREATE, { body: depositBody(sim, { name: 'Fulano', document }) })).status).toBe(200);
    }
  });
});

describe('Pagstar simulator: transaction details and /check', () => {
  it('GET details returns the DOC object with status 0, tenant, partner and created_at', async () => {
    const sim = await start();
    const created = await createDeposit(sim, { callback: 'https://shop.dev/hook' });
    const res = await call(sim, 'GET', tx(created.external_reference));
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Success.');
    expect(res.body.data).toEqual({
      id: expect.any(Number),
      external_reference: created.external_reference,
      value: 10.5,
      callback: 'https://shop.dev/hook',
      type: 'payment',
      user_id: null,
      status: 0,
      deeplink: null,
      pix_deposit: {
        qr_code_url: expect.stringContaining(encodeURIComponent(created.pix_key)),
        pix_key: created.pix_key,
        favoured: 'Pagstar Servicos de Pagamento',
        external_reference: created.external_reference,
        checkout: `https://dev-checkout.pagstar.com/payment/pix/${created.external_reference}`,
      },
      partner: { name: expect.any(String), document: expect.any(String) },
      tenant: { id: sim.tenantId, name: expect.any(String) },
      created_at: expect.stringMatching(LARAVEL_DATE),
    });
    const plain = await createDeposit(sim);
    expect((await call(sim, 'GET', tx(plain.external_reference))).body.data.callback).toBeNull();
  });

  it('answers 404 "Transação não encontrada." for an unknown reference', async () => {
    const sim = await start();
    const ref = '47023acc-0727-476a-a011-9d759e7f58c9';
    expect(await call(sim, 'GET', tx(ref))).toMatchObject({ status: 404, body: { message: 'Transação não encontrada.' } });
    expect((await call(sim, 'HEAD', `${tx(ref)}/check`)).status).toBe(404);
    expect(await call(sim, 'GET', `${tx(ref)}/check`)).toMatchObject({ status: 404, body: { message: 'Transação não encontrada.' } });
  });

  it('HEAD /check: 422 pending, 200 paid, 410 cancelled, no body; 401 without token', async () => {
    const sim = await start();
    const paid = await createDeposit(sim);
    const cancelled = await createDeposit(sim, { expiration: 60 });
    const pending = await createDeposit(sim, { expiration: 86_400 });
    const head = (ref: string, opts?: CallOptions) => call(sim, 'HEAD', `${tx(ref)}/check`, opts);
    expect(await head(paid.external_reference)).toMatchObject({ status: 422, text: '' });
    expect(await sim.payDeposit(paid.external_reference)).toBe(true);
    sim.clock.advance(60_000 + 3_600_000);
    expect(await head(paid.external_reference)).toMatchObject({ status: 200, text: '' });
    expect(await head(cancelled.external_reference)).toMatchObject({ status: 410, text: '' });
    expect(await head(pending.external_reference)).toMatchObject({ status: 422, text: '' });
    expect((await head(paid.external_reference, { token: null })).status).toBe(401);
  });

  it('GET /check answers the same codes with an envelope body', async () => {
    const sim = await start();
    const d = await createDeposit(sim, { expiration: 60 });
    expect(await call(sim, 'GET', `${tx(d.external_reference)}/check`)).toMatchObject({ status: 422, body: { message: 'Pagamento pendente.' } });
    sim.clock.advance(3_660_000);
    expect(await call(sim, 'GET', `${tx(d.external_reference)}/check`)).toMatchObject({ status: 410, body: { message: 'Pagamento cancelado.' } });
    const p = await createDeposit(sim);
    await sim.payDeposit(p.external_reference);
    expect(await call(sim, 'GET', `${tx(p.external_reference)}/check`)).toEqual({
      status: 200,
      text: expect.any(String),
      body: { message: 'Pagamento aprovado.', data: {} },
    });
  });

  it('answers 404 "Rota não encontrada." for unknown routes and 405 for a wrong method', async () => {
    const sim = await start();
    expect(await call(sim, 'GET', '/wallet/partner/nothing-here')).toMatchObject({ status: 404, body: { message: 'Rota não encontrada.' } });
    expect((await call(sim, 'DELETE', tx('47023acc-0727-476a-a011-9d759e7f58c9'))).status).toBe(405);
  });
});

describe('Pagstar simulator: notification URL', () => {
  it('PATCH stores the URL and answers "Conta atualizada com sucesso"', async () => {
    const sim = await start();
    const res = await call(sim, 'PATCH', '/identity/partner/notification-url', { body: { notification_url: 'https://shop.dev/pagstar', notify_type: 2 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'Conta atualizada com sucesso', data: { notification_url: 'https://shop.dev/pagstar' } });
    expect(sim.notificationUrl()).toBe('https://shop.dev/pagstar');
  });

  it('rejects a missing or non-http URL with 422 and requires a token', async () => {
    const sim = await start();
    const missing = await call(sim, 'PATCH', '/identity/partner/notification-url', { body: {} });
    expect(missing).toMatchObject({ status: 422, body: { errors: { notification_url: ['O campo notification_url é obrigatório.'] } } });
    const bad = await call(sim, 'PATCH', '/identity/partner/notification-url', { body: { notification_url: 'mailto:x@y.z' } });
    expect(bad).toMatchObject({ status: 422, body: { message: 'O campo notification_url deve ser uma URL válida.' } });
    const anon = await call(sim, 'PATCH', '/identity/partner/notification-url', { token: null, body: { notification_url: 'https://a.dev' } });
    expect(anon.status).toBe(401);
    expect(sim.notificationUrl()).toBeUndefined();
  });
});

describe('Pagstar simulator: withdrawals (ASM-P09)', () => {
  const WITHDRAW = '/wallet/partner/withdrawals/solicit-for-customer';
  const body = { pix_key: 'fulano@shop.dev', pix_key_type: 'email', customer_document: '12345678901', value: 50, transaction_id: 'payout-1' };

  it('accepts a withdrawal as pending and answers the transfer /check codes', async () => {
    const sim = await start({ sandboxDelayMs: 5_000 });
    const res = await call(sim, 'POST', WITHDRAW, { body });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      message: 'Solicitação de saque realizada com sucesso.',
      data: { external_reference: expect.stringMatching(UUID_V4), value: 50, status: 0, transaction_id: 'payout-1' },
    });
    const check = `/wallet/partner/transfers/${res.body.data.external_reference}/check`;
    expect((await call(sim, 'HEAD', check)).status).toBe(422);
    const refused = await call(sim, 'POST', WITHDRAW, { body: { ...body, value: 10.99 } });
    sim.clock.advance(5_000);
    expect((await call(sim, 'HEAD', check)).status).toBe(200);
    expect((await call(sim, 'HEAD', `/wallet/partner/transfers/${refused.body.data.external_reference}/check`)).status).toBe(410);
  });

  it('keeps deposit and transfer references apart (404 across kinds)', async () => {
    const sim = await start();
    const deposit = await createDeposit(sim);
    const transfer = await call(sim, 'POST', WITHDRAW, { body });
    expect((await call(sim, 'HEAD', `/wallet/partner/transfers/${deposit.external_reference}/check`)).status).toBe(404);
    expect((await call(sim, 'GET', tx(transfer.body.data.external_reference))).status).toBe(404);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['missing pix_key', { pix_key: undefined }, 'pix_key', 'O campo pix_key é obrigatório.'],
    ['unknown pix_key_type', { pix_key_type: 'iban' }, 'pix_key_type', 'O campo pix_key_type selecionado é inválido.'],
    ['short customer_document', { customer_document: '123' }, 'customer_document', 'O campo customer_document deve ter 11 ou 14 dígitos.'],
    ['3-decimal value', { value: 1.234 }, 'value', 'O campo value deve ter no máximo 2 casas decimais.'],
  ])('answers 422 for %s', async (_label, patch, field, message) => {
    const sim = await start();
    const res = await call(sim, 'POST', WITHDRAW, { body: { ...body, ...patch } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message, errors: { [field]: [message] } });
  });
});
