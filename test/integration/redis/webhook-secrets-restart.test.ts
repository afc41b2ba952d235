import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { secretFingerprint } from '../../../src/webhooks/secret-store';
import { extractSecret } from '../../../src/lib/webhook-url';
import { rawWebhookUrl } from '../../../src/domain/webhooks/model';
import { UNKNOWN_SECRET_METRIC } from '../../../src/webhooks/startup-check';
import { eventually, liveAstraEnv, startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../../helpers/redis';
import { freePort } from '../../helpers/ports';

/**
 * Issue 9, defect 4: in live mode a webhook registered through `registerWebhook` must keep working
 * after Paygraph restarts. One Astra simulator (the "live" provider) outlives two Paygraph runs on
 * the same port; with Redis the second run accepts the delivery, without it the start-up check
 * names the dead registration.
 */
const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id url } userErrors { code message } } }`;
const CREATE = `mutation { createPixCharge(input: { amount: "2.00" }) { pixCharge { txid } userErrors { code } } }`;

let sim: AstraSimulator;
let port: number;
const redis = testRedisClient();
const prefixes: string[] = [];
const running: TestPaygraph[] = [];

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0, webhookRetryDelaysMs: [20, 20] });
  port = await freePort();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close()));
  for (const prefix of prefixes.splice(0)) await deletePrefix(redis, prefix);
});
afterAll(async () => {
  await sim.close();
  await redis.quit();
});

function startLive(extra: Record<string, string>): Promise<TestPaygraph> {
  return startTestPaygraph({
    ...liveAstraEnv(sim),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...extra,
  }).then((app) => {
    running.push(app);
    return app;
  });
}

async function stop(app: TestPaygraph): Promise<void> {
  running.splice(running.indexOf(app), 1);
  await app.close();
}

/** Registers Paygraph's own URL for PIX_QR_INBOUND; returns Astra's webhook id. */
async function registerPaygraphWebhook(app: TestPaygraph): Promise<string> {
  const response = await app.gql(REGISTER, { input: { eventType: 'PIX_QR_INBOUND' } });
  expect(response.errors).toBeUndefined();
  expect(response.data.registerWebhook.userErrors).toEqual([]);
  expect(response.data.registerWebhook.webhook.url).toBe(`http://127.0.0.1:${port}/webhooks/astra/****`);
  const [hook] = await app.providers.astra.webhooks.list();
  return hook.webhookId;
}

async function deleteAllSimWebhooks(app: TestPaygraph): Promise<void> {
  for (const hook of await app.providers.astra.webhooks.list()) await app.providers.astra.webhooks.delete(hook.webhookId);
}

async function payNewCharge(app: TestPaygraph): Promise<string> {
  const created = await app.gql(CREATE);
  expect(created.data.createPixCharge.userErrors).toEqual([]);
  const txid: string = created.data.createPixCharge.pixCharge.txid;
  expect(await sim.payCharge(txid)).toBe(true);
  return txid;
}

test('with Redis: a webhook registered before a restart is accepted and published after it', async () => {
  const prefix = uniquePrefix('defect4');
  prefixes.push(prefix);
  const env = sharedRedisEnv(prefix);
  const first = await startLive(env);
  await deleteAllSimWebhooks(first);
  await registerPaygraphWebhook(first);
  await stop(first);

  const second = await startLive(env);
  const check = await eventually(async () => second.logs.map((line) => JSON.parse(line)).find((line) => line.event === 'webhook_secret_check'));
  expect(check).toMatchObject({ paygraphWebhooks: 1, unknownSecrets: 0 });

  const events = second.services.bus.subscribe({ provider: 'ASTRA' });
  const next = events.next();
  const txid = await payNewCharge(second);
  const { value } = await next;
  expect(value).toMatchObject({ type: 'PIX_CHARGE_PAID', provider: 'ASTRA' });
  expect(JSON.stringify(value)).toContain(txid);
  await events.return?.();
  expect(second.services.metrics.get('paygraph_webhook_rejected_total', { provider: 'ASTRA', reason: 'bad_secret' })).toBe(0);
  await deleteAllSimWebhooks(second);
});

test('with Redis: no webhook secret is stored in plaintext (every key and value scanned)', async () => {
  const prefix = uniquePrefix('defect4-scan');
  prefixes.push(prefix);
  const app = await startLive(sharedRedisEnv(prefix));
  await deleteAllSimWebhooks(app);
  await registerPaygraphWebhook(app);
  const [hook] = await app.providers.astra.webhooks.list();
  const secret = extractSecret(rawWebhookUrl(hook), 'ASTRA')!;
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const keys = await redis.keys(`${prefix}*`);
  expect(keys.length).toBeGreaterThan(0);
  const texts: string[] = [];
  for (const key of keys) {
    texts.push(key);
    const type = await redis.type(key);
    if (type === 'set') texts.push(...(await redis.smembers(key)));
    else if (type === 'string') texts.push((await redis.get(key)) ?? '');
    else texts.push(JSON.stringify(await redis.dump(key)));
  }
  expect(texts.join('\n')).not.toContain(secret);
  expect(texts.join('\n')).toContain(secretFingerprint(secret));
  await deleteAllSimWebhooks(app);
});

test('without Redis: after a restart the start-up check names the webhook whose secret is gone', async () => {
  const first = await startLive({});
  await deleteAllSimWebhooks(first);
  const webhookId = await registerPaygraphWebhook(first);
  await stop(first);

  const second = await startLive({});
  const error = await eventually(async () => second.logs.map((line) => JSON.parse(line)).find((line) => line.event === 'webhook_secret_unknown'));
  expect(error).toMatchObject({ level: 50, provider: 'ASTRA', webhookId, eventType: 'PIX_QR_INBOUND', url: `http://127.0.0.1:${port}/webhooks/astra/****` });
  expect(second.services.metrics.get(UNKNOWN_SECRET_METRIC, { provider: 'ASTRA' })).toBe(1);
  // What the operator is warned about: the delivery is refused.
  await payNewCharge(second);
  await eventually(async () => second.services.metrics.get('paygraph_webhook_rejected_total', { provider: 'ASTRA', reason: 'bad_secret' }) > 0);
  await sim.waitForIdle();
  // The log names the webhook, never its secret.
  const [hook] = await second.providers.astra.webhooks.list();
  const secret = extractSecret(rawWebhookUrl(hook), 'ASTRA')!;
  for (const line of second.logs) expect(line).not.toContain(secret);
  await deleteAllSimWebhooks(second);
});
