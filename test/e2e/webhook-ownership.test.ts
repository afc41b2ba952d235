import { randomUUID } from 'node:crypto';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../helpers/paygraph';
import { callsDuring } from '../helpers/payment-links';
import { extractSecret } from '../../src/lib/webhook-url';
import { decodeGlobalId } from '../../src/lib/global-id';

// Issue 23, case 2: any `write` key could point Paygraph's own webhook registrations elsewhere or
// delete them. Webhook management now needs the `webhooks` scope, Paygraph's own registrations
// keep their URL, and every change leaves an audit line with masked URLs.

const SHOP_KEY = 'shop-key-0123456789abcdef';
const OPS_KEY = 'ops-key-0123456789abcdef';
const shop = { authorization: `Bearer ${SHOP_KEY}` };
const ops = { authorization: `Bearer ${OPS_KEY}` };

const FIELDS = 'fragment W on Webhook { id url eventType }';
const LIST = `query { webhooks { ...W } } ${FIELDS}`;
const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { ...W } userErrors { field code message } } } ${FIELDS}`;
const UPDATE = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { ...W } userErrors { field code message } } } ${FIELDS}`;
const DELETE = 'mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId userErrors { field code message } } }';

const ATTACKER_URL = 'https://attacker.example/collect';
// A query string may carry a receiver's own token: it must never reach a log line.
const QUERY_SECRET = 'receiver-token-5f3a9c';
const FOREIGN_URL = `https://hooks.example.com/astra/chargebacks?token=${QUERY_SECRET}`;

let app: TestPaygraph;
/** Every Paygraph secret the simulator held during this file, for the leak scan. */
const seenSecrets = new Set<string>();

beforeAll(async () => {
  app = await startTestPaygraph({ API_KEYS: `shop=${SHOP_KEY}:read+write,ops=${OPS_KEY}:read+webhooks` });
});
afterAll(() => app.close());

interface SimWebhook {
  id: string;
  url: string;
  type: string;
}

/** The simulator's own view of the registrations (raw URLs, secrets included). */
async function simWebhooks(): Promise<SimWebhook[]> {
  const token = await app.providers.astra.tokens.getToken();
  const response = await fetch(`${app.sandbox!.astra.url}/webhook/v1?size=100`, {
    headers: { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID(), accept: 'application/json' },
  });
  const hooks = ((await response.json()) as { content: SimWebhook[] }).content;
  for (const hook of hooks) {
    const secret = extractSecret(hook.url, 'ASTRA');
    if (secret) seenSecrets.add(secret);
  }
  return hooks;
}

async function simUrlOf(type: string): Promise<string | undefined> {
  return (await simWebhooks()).find((hook) => hook.type === type)?.url;
}

async function webhookOf(type: string): Promise<{ id: string; url: string; eventType: string }> {
  const response = await app.gql(LIST, {}, ops);
  expect(response.errors).toBeUndefined();
  return response.data.webhooks.find((webhook: { eventType: string }) => webhook.eventType === type);
}

const userErrorsOf = (response: GraphQLResponse, field: string) => response.data?.[field]?.userErrors;
const logLines = () => app.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
const auditLines = () => logLines().filter((line) => typeof line.event === 'string' && line.event.startsWith('webhook_') && 'clientId' in line);
const paygraphMasked = () => `${app.url}/webhooks/astra/****`;
const providerIdOf = (globalId: string) => decodeGlobalId(globalId)!.providerId;

describe('a read+write key without the webhooks scope', () => {
  test('cannot register, update or delete a webhook: FORBIDDEN, 0 provider calls, registrations unchanged', async () => {
    const own = await webhookOf('PIX_QR_INBOUND');
    const simBefore = await simWebhooks();
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['registerWebhook', REGISTER, { eventType: 'PIX_OUTBOUND', url: ATTACKER_URL }],
      ['updateWebhook', UPDATE, { id: own.id, url: ATTACKER_URL }],
      ['deleteWebhook', DELETE, { id: own.id }],
    ];
    for (const [field, query, input] of attempts) {
      const { result, calls } = await callsDuring(app, () => app.gql(query, { input }, shop));
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.data?.[field] ?? null).toBeNull();
      expect(calls).toEqual({});
    }
    expect(await simWebhooks()).toEqual(simBefore);
    const refusals = logLines().filter((line) => line.event === 'scope_refused' && line.clientId === 'shop');
    expect(refusals.map((line) => [line.field, line.requiredScopes, line.level])).toEqual([
      ['Mutation.registerWebhook', ['webhooks'], 40],
      ['Mutation.updateWebhook', ['webhooks'], 40],
      ['Mutation.deleteWebhook', ['webhooks'], 40],
    ]);
  });

  test('still lists webhooks (reading stays read)', async () => {
    const response = await app.gql(LIST, {}, shop);
    expect(response.errors).toBeUndefined();
    expect(response.data.webhooks).toHaveLength(7);
  });
});

describe('a key with the webhooks scope', () => {
  test("cannot point Paygraph's own registration elsewhere: INVALID_STATE on [input, url], no provider write, the simulator keeps Paygraph's URL", async () => {
    const own = await webhookOf('PIX_QR_INBOUND');
    const rawBefore = (await simUrlOf('PIX_QR_INBOUND'))!;
    const secret = extractSecret(rawBefore, 'ASTRA')!;
    expect(secret).toBeTruthy();

    for (const url of [ATTACKER_URL, `${app.url}/webhooks/astra/another-secret-of-the-attacker`]) {
      const { result, calls } = await callsDuring(app, () => app.gql(UPDATE, { input: { id: own.id, url } }, ops));
      expect(result.data.updateWebhook).toEqual({
        webhook: null,
        userErrors: [{ field: ['input', 'url'], code: 'INVALID_STATE', message: expect.stringContaining("Paygraph's own") }],
      });
      // Whose registration it is can only be known by reading it: one GET, never a PUT.
      expect(calls).toEqual({ 'GET /webhook/v1/:webhookId': 1 });
    }
    expect(await simUrlOf('PIX_QR_INBOUND')).toBe(rawBefore);
    await expect(app.services.webhookSecrets.verify('ASTRA', secret)).resolves.toBe(true);

    const refused = auditLines().filter((line) => line.event === 'webhook_change_refused');
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({
      level: 40,
      clientId: 'ops',
      provider: 'ASTRA',
      webhookId: providerIdOf(own.id),
      eventType: 'PIX_QR_INBOUND',
      urlBefore: paygraphMasked(),
      urlAfter: 'https://attacker.example/****',
      reason: 'paygraph_registration',
    });
    expect(refused[1]).toMatchObject({ urlBefore: paygraphMasked(), urlAfter: paygraphMasked() });
  });

  test('manages other registrations: deletes a Paygraph one (warn), registers, updates and deletes a foreign one, each with an audit line', async () => {
    const own = await webhookOf('CARD_CHARGEBACK');
    const deleted = await app.gql(DELETE, { input: { id: own.id } }, ops);
    expect(deleted.data.deleteWebhook).toEqual({ deletedId: own.id, userErrors: [] });
    expect(await simUrlOf('CARD_CHARGEBACK')).toBeUndefined();

    const registered = await app.gql(REGISTER, { input: { eventType: 'CARD_CHARGEBACK', url: FOREIGN_URL } }, ops);
    expect(userErrorsOf(registered, 'registerWebhook')).toEqual([]);
    const foreign = registered.data.registerWebhook.webhook;
    expect(await simUrlOf('CARD_CHARGEBACK')).toBe(FOREIGN_URL);

    const updated = await app.gql(UPDATE, { input: { id: foreign.id, url: 'https://hooks.example.com/astra/v2' } }, ops);
    expect(userErrorsOf(updated, 'updateWebhook')).toEqual([]);
    expect(await simUrlOf('CARD_CHARGEBACK')).toBe('https://hooks.example.com/astra/v2');

    expect((await app.gql(DELETE, { input: { id: foreign.id } }, ops)).data.deleteWebhook).toEqual({ deletedId: foreign.id, userErrors: [] });
    const restored = await app.gql(REGISTER, { input: { eventType: 'CARD_CHARGEBACK' } }, ops);
    expect(userErrorsOf(restored, 'registerWebhook')).toEqual([]);
    expect(extractSecret((await simUrlOf('CARD_CHARGEBACK'))!, 'ASTRA')).toBeTruthy();

    const foreignMasked = 'https://hooks.example.com/****/****';
    const lines = auditLines().filter((line) => line.eventType === 'CARD_CHARGEBACK');
    expect(lines.map(({ event, level, clientId, webhookId, urlBefore, urlAfter }) => ({ event, level, clientId, webhookId, urlBefore, urlAfter }))).toEqual([
      { event: 'webhook_deleted', level: 40, clientId: 'ops', webhookId: providerIdOf(own.id), urlBefore: paygraphMasked(), urlAfter: null },
      { event: 'webhook_registered', level: 30, clientId: 'ops', webhookId: providerIdOf(foreign.id), urlBefore: null, urlAfter: foreignMasked },
      { event: 'webhook_updated', level: 30, clientId: 'ops', webhookId: providerIdOf(foreign.id), urlBefore: foreignMasked, urlAfter: foreignMasked },
      { event: 'webhook_deleted', level: 30, clientId: 'ops', webhookId: providerIdOf(foreign.id), urlBefore: foreignMasked, urlAfter: null },
      { event: 'webhook_registered', level: 30, clientId: 'ops', webhookId: providerIdOf(restored.data.registerWebhook.webhook.id), urlBefore: null, urlAfter: paygraphMasked() },
    ]);
    for (const line of lines) expect(line.provider).toBe('ASTRA');
  });

  test('no audit line or any other log line carries a Paygraph secret or a query string', async () => {
    await simWebhooks();
    // The 7 registered at start-up, and the fresh one of the restored CARD_CHARGEBACK registration.
    expect(seenSecrets.size).toBe(8);
    expect(auditLines().length).toBeGreaterThanOrEqual(7);
    for (const line of app.logs) {
      for (const secret of seenSecrets) expect(line).not.toContain(secret);
      expect(line).not.toContain(QUERY_SECRET);
      expect(line).not.toContain('another-secret-of-the-attacker');
    }
  });
});
