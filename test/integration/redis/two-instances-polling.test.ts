import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { startPagstarSimulator, type PagstarSimulator } from '@paygraph/sandbox/pagstar';
import { eventually, liveAstraEnv, startTestPaygraph, type TestPaygraph } from '../../helpers/paygraph';
import { deletePrefix, sharedRedisEnv, testRedisClient, uniquePrefix } from '../../helpers/redis';

/**
 * Issue 9: "50 subscribers spread over A and B make one poller". Two live Paygraph instances on one
 * Redis (event bus, poller leases) against one Pagstar simulator, 25 `pixChargeUpdated`
 * subscriptions on each over real graphql-ws clients. Each instance reaches the simulator through
 * its own counting pass-through proxy, so HEAD /check calls are counted per instance as well as
 * at the simulator.
 */
const CHECK = 'HEAD /api/v2/wallet/partner/transactions/:external_reference/check';
const UPDATED = `subscription($id: ID!) { pixChargeUpdated(id: $id) { id status } }`;
const CREATE = `mutation { createPixCharge(input: { provider: PAGSTAR, amount: "4.00" }) { pixCharge { id txid } userErrors { code } } }`;

interface CountingProxy {
  baseUrl: string;
  checks: number;
  server: Server;
}

let astra: AstraSimulator;
let pagstar: PagstarSimulator;
let a: TestPaygraph;
let b: TestPaygraph;
const proxies: CountingProxy[] = [];
const redis = testRedisClient();
const prefix = uniquePrefix('two-instances-polling');
const clients: Client[] = [];

beforeAll(async () => {
  astra = await startAstraSimulator({ sandboxDelayMs: 0 });
  pagstar = await startPagstarSimulator({ sandboxDelayMs: 0 });
  const [proxyA, proxyB] = [await countingProxy(pagstar.baseUrl), await countingProxy(pagstar.baseUrl)];
  proxies.push(proxyA, proxyB);
  const env = (proxy: CountingProxy) => ({
    ...liveAstraEnv(astra),
    PAGSTAR_TOKEN: pagstar.staticToken,
    PAGSTAR_TENANT_ID: pagstar.tenantId,
    PAGSTAR_BASE_URL: proxy.baseUrl,
    PAGSTAR_USER_AGENT: 'Paygraph Tests (ops@example.com)',
    PAGSTAR_POLL_INTERVAL_MS: '30',
    ...sharedRedisEnv(prefix),
  });
  [a, b] = await Promise.all([startTestPaygraph(env(proxyA)), startTestPaygraph(env(proxyB))]);
});
afterAll(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  await Promise.all([a?.close(), b?.close()]);
  for (const proxy of proxies) await new Promise((resolve) => proxy.server.close(resolve));
  await astra.close();
  await pagstar.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

const simChecks = (reference: string) => pagstar.counters.log.filter((entry) => entry.route === CHECK && entry.path.includes(reference)).length;

/** 25 subscriptions on one instance over one socket, registered at the server, each past its first message (the current state). */
async function subscribe25(app: TestPaygraph, id: string) {
  const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  clients.push(client);
  const before = app.services.bus.subscriberCount;
  const iterators = Array.from({ length: 25 }, () => client.iterate({ query: UPDATED, variables: { id } }));
  const firsts = await Promise.all(iterators.map((iterator) => iterator.next()));
  for (const first of firsts) expect(first.value?.data?.pixChargeUpdated).toEqual({ id, status: 'ACTIVE' });
  await eventually(async () => app.services.bus.subscriberCount >= before + 25);
  return { client, iterators };
}

/** The simulator counts a check when it answers, the proxy when it forwards: equal once none is in flight. */
const checksSettle = (expected: () => number) => eventually(async () => simChecks(currentTxid) === expected(), 5_000);
let currentTxid = '';

test("50 subscribers over A and B: one poller; its instance's subscribers leave, the other takes over and every remaining subscriber gets PAID", async () => {
  const created = await a.gql(CREATE);
  expect(created.data.createPixCharge.userErrors).toEqual([]);
  const { id, txid } = created.data.createPixCharge.pixCharge;
  currentTxid = txid;
  const onA = await subscribe25(a, id);
  const onB = await subscribe25(b, id);

  await eventually(async () => simChecks(txid) >= 20, 10_000);
  const [proxyA, proxyB] = proxies;
  const ownerIsA = proxyA.checks > 0;
  const [ownerProxy, standbyProxy] = ownerIsA ? [proxyA, proxyB] : [proxyB, proxyA];
  expect(standbyProxy.checks).toBe(0);
  await checksSettle(() => ownerProxy.checks);
  expect(standbyProxy.checks).toBe(0);
  const firstOwnerChecks = ownerProxy.checks;

  // The owner's 25 subscribers leave: its poller stops and releases; the other instance takes over.
  const [ownerSide, standbySide] = ownerIsA ? [onA, onB] : [onB, onA];
  await ownerSide.client.dispose();
  await eventually(async () => standbyProxy.checks >= 5, 10_000);
  const ownerAfterLeaving = ownerProxy.checks;
  await eventually(async () => standbyProxy.checks >= 10, 10_000);
  expect(ownerProxy.checks).toBe(ownerAfterLeaving);
  await checksSettle(() => proxyA.checks + proxyB.checks);

  // Paid: the new owner reads and publishes on the shared bus; each remaining subscriber's first update is PAID.
  expect(await pagstar.payDeposit(txid)).toBe(true);
  const results = await Promise.all(standbySide.iterators.map((iterator) => iterator.next()));
  for (const result of results) expect(result.value?.data?.pixChargeUpdated).toEqual({ id, status: 'PAID' });
  console.log(
    `two-instances-polling: first owner ${firstOwnerChecks} checks while the other made 0; after hand-over: old owner ${ownerProxy.checks}, new owner ${standbyProxy.checks}; simulator ${simChecks(txid)}; ${results.length} subscribers got PAID`,
  );
});

/** A pass-through HTTP proxy to the simulator that counts HEAD /check requests. */
async function countingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const proxy: CountingProxy = { baseUrl: '', checks: 0, server: undefined as unknown as Server };
  proxy.server = createServer((req, res) => {
    if (req.method === 'HEAD' && req.url?.endsWith('/check')) proxy.checks++;
    const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  proxy.baseUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}${upstream.pathname}`;
  return proxy;
}
