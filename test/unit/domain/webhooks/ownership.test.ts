import { isPaygraphRegistration } from '../../../../src/domain/webhooks/ownership';
import { withRawUrl, WebhookEventType, type WebhookRecord } from '../../../../src/domain/webhooks/model';
import type { WebhookPort } from '../../../../src/domain/webhooks/port';
import { MemoryWebhookSecretStore } from '../../../../src/webhooks/secret-store';

const PUBLIC_URL = 'https://pay.example.com';
const provider = { code: 'ASTRA' } as WebhookPort;
const record = (url: string): WebhookRecord =>
  withRawUrl({ __typename: 'Webhook', id: 'gid', provider: 'ASTRA', webhookId: 'wh-1', url, eventType: WebhookEventType.PIX_QR_INBOUND, createdAt: null, updatedAt: null }, url);

async function setup(publicUrl: string | null = PUBLIC_URL) {
  const webhookSecrets = new MemoryWebhookSecretStore();
  const known = await webhookSecrets.create('ASTRA');
  return { services: { webhookSecrets, publicUrl: () => publicUrl ?? undefined }, known };
}

describe('isPaygraphRegistration', () => {
  test("this server's endpoint is Paygraph's own, whether or not its secret is known (a lost secret still is)", async () => {
    const { services, known } = await setup();
    await expect(isPaygraphRegistration(services, provider, record(`${PUBLIC_URL}/webhooks/astra/${known}`))).resolves.toBe(true);
    await expect(isPaygraphRegistration(services, provider, record(`${PUBLIC_URL}/webhooks/astra/lost-secret-0123456789`))).resolves.toBe(true);
  });

  test("another address is Paygraph's own only with a secret the store knows (a Paygraph sharing this store)", async () => {
    const { services, known } = await setup();
    await expect(isPaygraphRegistration(services, provider, record(`https://old.example.com/webhooks/astra/${known}`))).resolves.toBe(true);
    await expect(isPaygraphRegistration(services, provider, record('https://shop.example.com/webhooks/astra/their-own-handler'))).resolves.toBe(false);
  });

  test('without a public URL the store decides', async () => {
    const { services, known } = await setup(null);
    await expect(isPaygraphRegistration(services, provider, record(`${PUBLIC_URL}/webhooks/astra/${known}`))).resolves.toBe(true);
    await expect(isPaygraphRegistration(services, provider, record(`${PUBLIC_URL}/webhooks/astra/lost-secret-0123456789`))).resolves.toBe(false);
  });

  test("a URL without Paygraph's shape for this provider is never Paygraph's own", async () => {
    const { services, known } = await setup();
    for (const url of ['https://hooks.example.com/in', `${PUBLIC_URL}/webhooks/pagstar/${known}`, `${PUBLIC_URL}/hooks/astra/${known}`, 'not a url']) {
      await expect(isPaygraphRegistration(services, provider, record(url))).resolves.toBe(false);
    }
  });
});
