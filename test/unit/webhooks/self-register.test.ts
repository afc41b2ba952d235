import { Writable } from 'node:stream';
import { createLogger } from '../../../src/logger';
import { encodeGlobalId } from '../../../src/lib/global-id';
import { ProviderUnavailableError } from '../../../src/errors/domain-errors';
import { ALL_WEBHOOK_EVENT_TYPES, WebhookEventType, rawWebhookUrl, withRawUrl, type WebhookRecord, type WebhookTarget } from '../../../src/domain/webhooks/model';
import { WEBHOOKS, type WebhookPort } from '../../../src/domain/webhooks/port';
import { bind, PortRegistry } from '../../../src/domain/ports';
import { MemoryWebhookSecretStore, secretFingerprint } from '../../../src/webhooks/secret-store';
import { registerPaygraphWebhooks } from '../../../src/webhooks/self-register';
import { extractSecret, maskWebhookUrl, webhookUrlFor } from '../../../src/lib/webhook-url';

const PUBLIC_URL = 'https://pay.example.com';

/** In-memory provider with Astra's one-per-type rule; counts writes. */
class FakeProvider implements WebhookPort {
  readonly code = 'ASTRA' as const;
  readonly limits = { urlMax: 500, onePerEventType: true };
  readonly hooks = new Map<string, { url: string; eventType: WebhookEventType }>();
  readonly calls = { create: 0, update: 0 };
  failFor = new Set<WebhookEventType>();
  private seq = 0;

  async list() {
    return [...this.hooks].map(([id, hook]) => this.record(id, hook));
  }
  async get(id: string) {
    return this.record(id, this.hooks.get(id)!);
  }
  async create(target: WebhookTarget) {
    this.calls.create++;
    if (this.failFor.has(target.eventType)) throw new ProviderUnavailableError('Astra is unavailable', { provider: 'ASTRA' });
    const id = `wh-${++this.seq}`;
    this.hooks.set(id, { ...target });
    return this.record(id, target);
  }
  async update(id: string, changes: Partial<WebhookTarget>) {
    this.calls.update++;
    const hook = { ...this.hooks.get(id)!, ...changes };
    this.hooks.set(id, hook);
    return this.record(id, hook);
  }
  async delete(id: string) {
    const hook = this.hooks.get(id)!;
    this.hooks.delete(id);
    return this.record(id, hook);
  }
  async deliveries() {
    return { items: [], totalCount: 0, hasNextPage: false };
  }
  private record(id: string, hook: { url: string; eventType: WebhookEventType }): WebhookRecord {
    const fields = {
      __typename: 'Webhook' as const,
      id: encodeGlobalId('Webhook', 'ASTRA', id),
      provider: 'ASTRA' as const,
      webhookId: id,
      url: maskWebhookUrl(hook.url),
      eventType: hook.eventType,
      createdAt: null,
      updatedAt: null,
    };
    return withRawUrl(fields, hook.url);
  }
}

function setup(publicUrl: string | null = PUBLIC_URL) {
  const provider = new FakeProvider();
  const webhookSecrets = new MemoryWebhookSecretStore();
  const lines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write: (chunk, _e, cb) => {
        lines.push(chunk.toString());
        cb();
      },
    }),
  );
  const services = { ports: new PortRegistry([{ provider: 'ASTRA', bindings: [bind(WEBHOOKS, provider)] }]), webhookSecrets, publicUrl: () => publicUrl ?? undefined, logger };
  return { provider, webhookSecrets, lines, services };
}

async function secretsInUse(provider: FakeProvider): Promise<string[]> {
  return [...provider.hooks.values()].map((hook) => extractSecret(hook.url, 'ASTRA')!);
}

describe('registerPaygraphWebhooks', () => {
  test('registers all 7 types at fresh Paygraph URLs with distinct known secrets, and logs one line without secrets', async () => {
    const { provider, webhookSecrets, lines, services } = setup();
    await registerPaygraphWebhooks(services);
    expect([...provider.hooks.values()].map((hook) => hook.eventType).sort()).toEqual([...ALL_WEBHOOK_EVENT_TYPES].sort());
    const secrets = await secretsInUse(provider);
    expect(new Set(secrets).size).toBe(7);
    for (const secret of secrets) {
      await expect(webhookSecrets.verify('ASTRA', secret)).resolves.toBe(true);
      expect([...provider.hooks.values()].map((hook) => hook.url)).toContain(webhookUrlFor(PUBLIC_URL, 'ASTRA', secret));
    }
    const summary = lines.map((line) => JSON.parse(line)).filter((line) => line.event === 'webhooks_self_registered');
    expect(summary).toEqual([expect.objectContaining({ provider: 'ASTRA', registered: 7, kept: 0, failed: 0 })]);
    for (const secret of secrets) expect(lines.join('')).not.toContain(secret);
  });

  test('a second run keeps everything: no writes', async () => {
    const { provider, services } = setup();
    await registerPaygraphWebhooks(services);
    const before = { ...provider.calls };
    await registerPaygraphWebhooks(services);
    expect(provider.calls).toEqual(before);
  });

  test('a foreign URL, an unknown secret or an old address is replaced by an update; stale Paygraph secrets are revoked', async () => {
    const { provider, webhookSecrets, services } = setup();
    const stale = await webhookSecrets.create('ASTRA');
    await provider.create({ url: 'https://hooks.example.com/mine', eventType: WebhookEventType.PIX_QR_INBOUND });
    await provider.create({ url: webhookUrlFor(PUBLIC_URL, 'ASTRA', 'unknownSecretFromAnotherRun123'), eventType: WebhookEventType.PIX_OUTBOUND });
    await provider.create({ url: webhookUrlFor('http://old-address:4000', 'ASTRA', stale), eventType: WebhookEventType.CARD_CHARGEBACK });
    provider.calls.create = 0;

    await registerPaygraphWebhooks(services);
    expect(provider.calls).toEqual({ create: 4, update: 3 });
    expect(provider.hooks.size).toBe(7);
    for (const secret of await secretsInUse(provider)) await expect(webhookSecrets.verify('ASTRA', secret)).resolves.toBe(true);
    await expect(webhookSecrets.verify('ASTRA', stale)).resolves.toBe(false);
  });

  test('only the requested types; a failure revokes its fresh secret, is logged, and does not stop the others', async () => {
    const { provider, webhookSecrets, lines, services } = setup();
    provider.failFor.add(WebhookEventType.PIX_OUTBOUND);
    await registerPaygraphWebhooks(services, [WebhookEventType.PIX_QR_INBOUND, WebhookEventType.PIX_OUTBOUND, WebhookEventType.PAYMENT_LINK_INBOUND]);
    expect([...provider.hooks.values()].map((hook) => hook.eventType).sort()).toEqual(['PAYMENT_LINK_INBOUND', 'PIX_QR_INBOUND']);
    // Only the two registered secrets are known: the failed one was revoked.
    expect((await webhookSecrets.fingerprints('ASTRA')).sort()).toEqual((await secretsInUse(provider)).map(secretFingerprint).sort());
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.find((line) => line.event === 'webhook_self_register_failed')).toMatchObject({ eventType: 'PIX_OUTBOUND' });
    expect(parsed.find((line) => line.event === 'webhooks_self_registered')).toMatchObject({ registered: 2, failed: 1, kept: 0 });
  });

  test('refuses to run without a public URL', async () => {
    const { services } = setup(null);
    await expect(registerPaygraphWebhooks(services)).rejects.toThrow(/PUBLIC_URL/);
  });

  test('records keep the raw URL out of JSON, spreads and key listings', async () => {
    const { provider } = setup();
    const secret = 'aSecretThatMustNotShow_123456789';
    const record = await provider.create({ url: webhookUrlFor(PUBLIC_URL, 'ASTRA', secret), eventType: WebhookEventType.PIX_QR_INBOUND });
    expect(record.url).toBe(`${PUBLIC_URL}/webhooks/astra/****`);
    expect(rawWebhookUrl(record)).toContain(secret);
    expect(JSON.stringify(record)).not.toContain(secret);
    expect(JSON.stringify({ ...record })).not.toContain(secret);
    expect(Object.keys(record)).not.toContain(expect.stringContaining('raw'));
    expect(Reflect.ownKeys({ ...record }).some((key) => typeof key === 'symbol')).toBe(false);
  });
});
