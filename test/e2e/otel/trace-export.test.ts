import { request } from 'undici';
import { eventually } from '../../helpers/paygraph';
import { subscribe } from '../../helpers/subscriptions';
import { startCluster, type Cluster } from '../../helpers/cluster';
import { SHARED_REDIS_URL, deletePrefix, testRedisClient } from '../../helpers/redis';
import { startOtlpCollector, type ExportedSpan, type OtlpCollector } from './otlp-collector';

/**
 * OpenTelemetry export end to end: the real entry point in a child process (live mode, Redis,
 * the provider simulators in this test process), started with the standard OTEL_* variables
 * pointing at a local OTLP/HTTP collector (JSON encoding). A real createPixCharge and a real
 * webhook delivery (through the Redis inbox, which carries the trace context), and the exported
 * spans, links and metrics read back from what the collector received (docs/observability.md,
 * "Reading a trace"). A child process, not in-process: the SDK's exporters load node:http with a
 * dynamic import(), which jest's module runtime does not run.
 */
jest.setTimeout(90_000);

const API_KEY = 'otel-test-key-0123456789abcdef';
const DESCRIPTION = 'otel-secret-description-7f3a';
const AMOUNT = '123.45';
const CREATE = `mutation CreateCharge($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid status } userErrors { code message } }
}`;
const REGISTER = `mutation Register { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { webhook { id } userErrors { code message } } }`;
const CHARGE_UPDATED = `subscription ChargeUpdated($id: ID!) { pixChargeUpdated(id: $id) { id status } }`;

let collector: OtlpCollector;
let cluster: Cluster;

beforeAll(async () => {
  collector = await startOtlpCollector();
  cluster = await startCluster({
    redisUrl: SHARED_REDIS_URL,
    names: ['A'],
    env: {
      API_KEYS: `otel-client=${API_KEY}:read+write+webhooks`,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_METRIC_EXPORT_INTERVAL: '500',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=otel-test',
    },
  });
  await cluster.start('A');
});

afterAll(async () => {
  const prefix = cluster?.keyPrefix;
  await cluster?.close();
  await collector?.close();
  if (prefix) {
    const redis = testRedisClient();
    await deletePrefix(redis, prefix);
    await redis.quit();
  }
});

async function gql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await request(cluster.instances.get('A')!.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.body.json()) as { data?: any; errors?: unknown[] };
}

const named = (name: string) => (span: ExportedSpan) => span.name === name;
const childrenOf = (parent: ExportedSpan) => collector.spans().filter((span) => span.parentSpanId === parent.spanId && span.traceId === parent.traceId);

/** Waits until `find` sees what the instance exports (spans every 100 ms, metrics every 500 ms). */
async function exported<T>(find: () => T | undefined): Promise<T> {
  return eventually(() => Promise.resolve(find()), 15_000);
}

test('a createPixCharge exports its span tree: operation → port call → provider attempts (the token call and the retried write)', async () => {
  // Once the instance's start-up check (a token, then the webhook list, in the background) is done,
  // Astra refuses the next call once (401): the write is refused, a token fetched, the write sent again.
  await eventually(() => Promise.resolve(Object.keys(cluster.astra.counters.snapshot()).some((route) => route.startsWith('GET /webhook/v1'))), 20_000);
  cluster.astra.faults.set({ force401Count: 1 });
  const created = await gql(CREATE, { input: { amount: AMOUNT, description: DESCRIPTION } });
  expect(created.data?.createPixCharge.userErrors).toEqual([]);
  const chargeId: string = created.data.createPixCharge.pixCharge.id;

  const operation = await exported(() => collector.spans().find(named('mutation CreateCharge')));
  expect(operation.kind).toBe(2); // SERVER
  expect(operation.attributes).toMatchObject({ 'graphql.operation.name': 'CreateCharge', 'graphql.operation.type': 'mutation', 'paygraph.client_id': 'otel-client' });
  expect(operation.resource).toMatchObject({ 'service.name': 'paygraph', 'deployment.environment.name': 'otel-test' });

  const port = childrenOf(operation).find(named('pixCharges.createCharge'));
  expect(port?.attributes).toMatchObject({ 'paygraph.provider': 'ASTRA', 'paygraph.port': 'pixCharges' });
  // Each child within its parent's time: the operation's time splits into what the provider took and the rest.
  expect(port!.durationMs).toBeLessThanOrEqual(operation.durationMs);
  const attempts = childrenOf(port!);
  expect(attempts.map((span) => `${span.name} #${String(span.attributes['paygraph.attempt'])} → ${String(span.attributes['http.response.status_code'])}`)).toEqual([
    'POST /charge/v1/dynamic #1 → 401',
    'POST /oauth/v1/token #1 → 200',
    'POST /charge/v1/dynamic #2 → 200',
  ]);
  for (const attempt of attempts) {
    expect(attempt.kind).toBe(3); // CLIENT
    expect(attempt.attributes).toMatchObject({ 'paygraph.provider': 'ASTRA', 'http.request.method': 'POST', 'url.template': attempt.name.slice('POST '.length) });
    expect(attempt.attributes['paygraph.upstream.transaction_id']).toMatch(/^[0-9a-f-]{36}$/);
  }
  const [refused, , retried] = attempts;
  // Both attempts of the one logical call carry its one x-transaction-id; the retry says it is one.
  expect(retried.attributes['paygraph.upstream.transaction_id']).toBe(refused.attributes['paygraph.upstream.transaction_id']);
  expect(retried.attributes['http.request.resend_count']).toBe(1);
  expect(refused.attributes['error.type']).toBe('401');

  // The request's log line carries the operation's trace id.
  const logLine = cluster.instances
    .get('A')!
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line.msg === 'graphql' && line.operation === 'CreateCharge');
  expect(logLine).toMatchObject({ trace_id: operation.traceId });

  // Neither variables nor secrets in anything exported.
  const everything = collector.rawBodies().join('\n');
  for (const secret of [DESCRIPTION, AMOUNT, API_KEY, cluster.astra.clientSecret, 'Bearer']) expect(everything).not.toContain(secret);
  expect(chargeId).toBeTruthy();
});

test('a route template never carries the id: a read of the charge exports GET /charge/v1/dynamic/{id}', async () => {
  const created = await gql(CREATE, { input: { amount: '2.00' } });
  const { id, txid } = created.data.createPixCharge.pixCharge as { id: string; txid: string };
  await gql(`query Read($id: ID!) { node(id: $id) { id ... on PixCharge { status } } }`, { id });
  const read = await exported(() => collector.spans().find((span) => span.name === 'GET /charge/v1/dynamic/{id}'));
  expect(read.attributes['url.template']).toBe('/charge/v1/dynamic/{id}');
  expect(collector.rawBodies().join('\n')).not.toContain(txid);
});

test('a webhook delivery exports receive → inbox, and confirm → publish linked to the receive span', async () => {
  const created = await gql(CREATE, { input: { amount: '10.00' } });
  expect((await gql(REGISTER)).data?.registerWebhook.userErrors).toEqual([]);
  // The provider simulator marks it paid and delivers its webhook to the instance.
  expect(await cluster.astra.payCharge(created.data.createPixCharge.pixCharge.txid)).toBeTruthy();

  const publish = await exported(() => collector.spans().find((span) => span.name === 'webhook publish' && span.attributes['paygraph.event.type'] === 'PIX_CHARGE_PAID'));
  const confirm = collector.spans().find((span) => span.spanId === publish.parentSpanId)!;
  expect(confirm).toMatchObject({ name: 'webhook confirm', parentSpanId: '' });
  const receive = collector.spans().find((span) => span.spanId === confirm.links[0]?.spanId)!;
  expect(receive).toMatchObject({ name: 'webhook receive', parentSpanId: '', attributes: { 'paygraph.provider': 'ASTRA', 'paygraph.webhook.outcome': 'accepted' } });
  // Linked, not parented: the inbox hop may cross instances; the link carries the receive span's context.
  expect(confirm.links).toEqual([{ traceId: receive.traceId, spanId: receive.spanId }]);
  expect(publish.links).toEqual([{ traceId: receive.traceId, spanId: receive.spanId }]);
  expect(confirm.traceId).not.toBe(receive.traceId);
  expect(childrenOf(receive).map((span) => span.name)).toEqual(['webhook inbox']);
  // The confirmation re-reads the charge from the provider: its attempt is a child of confirm.
  expect(childrenOf(confirm).map((span) => span.name)).toEqual(expect.arrayContaining(['GET /charge/v1/dynamic/{id}', 'webhook publish']));
});

test('graphql-ws operations get an operation span too', async () => {
  const created = await gql(CREATE, { input: { amount: '3.00' } });
  const chargeId: string = created.data.createPixCharge.pixCharge.id;
  const sub = subscribe(cluster.instances.get('A')!.graphqlUrl.replace(/^http/, 'ws'), CHARGE_UPDATED, { id: chargeId }, { authorization: `Bearer ${API_KEY}` });
  try {
    const span = await exported(() => collector.spans().find(named('subscription ChargeUpdated')));
    expect(span.attributes).toMatchObject({
      'graphql.operation.type': 'subscription',
      'graphql.operation.name': 'ChargeUpdated',
      'paygraph.client_id': 'otel-client',
      'network.protocol.name': 'websocket',
    });
  } finally {
    await sub.close();
  }
});

test('RED metrics per provider: requests, errors and a duration histogram', async () => {
  await eventually(() => Promise.resolve(collector.points().some((point) => point.metric === 'paygraph.provider.errors')), 10_000);
  const points = collector.points();
  const astra = (metric: string) => points.filter((point) => point.metric === metric && point.attributes['paygraph.provider'] === 'ASTRA');
  expect(
    astra('paygraph.provider.requests').find((point) => point.attributes['url.template'] === '/charge/v1/dynamic' && point.attributes['http.response.status_code'] === 200)?.value,
  ).toBeGreaterThanOrEqual(1);
  expect(astra('paygraph.provider.errors').find((point) => point.attributes['error.type'] === '401')?.value).toBeGreaterThanOrEqual(1);
  expect(astra('paygraph.provider.request.duration').reduce((sum, point) => sum + point.value, 0)).toBeGreaterThanOrEqual(4);
});
