import { request } from 'undici';
import WebSocket from 'ws';
import { killIfRunning, spawnEntry, startEntry, type EntryProcess } from '../helpers/entry-point';
import { eventually } from '../helpers/paygraph';

/**
 * The SIGTERM path of the real entry point (`src/index.ts`), in a child process: one shutdown
 * path (Apollo's own signal handler is off), readiness reported before the drain, in-flight work
 * finished, WebSocket connections refused while draining, exit 0; a config error exits 78.
 */
jest.setTimeout(90_000);

let entry: EntryProcess | undefined;
afterEach(() => killIfRunning(entry));

async function gql(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.body.json()) as { data?: any; errors?: unknown[] };
}

function astraSimulatorUrl(output: string): string {
  const match = /"astraSimulator":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
  if (!match) throw new Error('the sandbox start-up log names no Astra simulator');
  return match[1];
}

async function simCount(simulator: string, route: string): Promise<number> {
  const stats = (await (await request(`${simulator}/__sim/stats`)).body.json()) as { routes: Record<string, number> };
  return stats.routes[route] ?? 0;
}

/** Opens a graphql-ws socket and reports how it ended: 'acked' or the close code. */
function wsHandshake(wsUrl: string): Promise<'acked' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      // ws's default binaryType ('nodebuffer') delivers every frame as a Buffer.
      if (JSON.parse((data as Buffer).toString('utf8')).type === 'connection_ack') {
        socket.close();
        resolve('acked');
      }
    });
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
  });
}

describe('entry point shutdown', () => {
  test('an idle sandbox server exits 0 after a clean drain (not through the forced exit)', async () => {
    entry = await startEntry({});
    entry.child.kill('SIGTERM');
    // The forced exit is code 1 with its own log line; a clean drain logs "stopped" and exits 0.
    expect(await entry.exited).toBe(0);
    expect(entry.output()).toMatch(/"msg":"stopped"/);
    expect(entry.output()).not.toMatch(/did not finish in time|drain deadline reached/);
  });

  test('draining: readyz 503 and WebSockets refused at once, the in-flight query completes, then exit 0', async () => {
    entry = await startEntry({ SHUTDOWN_DELAY_MS: '1500' });
    // Log lines are written asynchronously: the start-up line naming the simulator may follow the URL.
    const simulator = await eventually(async () => (/"astraSimulator"/.test(entry!.output()) ? astraSimulatorUrl(entry!.output()) : undefined), 10_000);
    const wsUrl = entry.graphqlUrl.replace(/^http/, 'ws');
    expect(await wsHandshake(wsUrl)).toBe('acked');
    const created = await gql(entry.graphqlUrl, 'mutation { createPixCharge(input: { amount: "2.00" }) { pixCharge { id } } }');
    const id = created.data.createPixCharge.pixCharge.id as string;

    // A read that spends 3 s at the provider: longer than the shutdown delay, so it is still in
    // flight when the server closes its listener.
    await request(`${simulator}/__sim/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: 3_000, routeFilter: 'GET /charge/v1/dynamic/:txid' }),
    });
    const readsBefore = await simCount(simulator, 'GET /charge/v1/dynamic/:txid');
    const inFlight = gql(entry.graphqlUrl, 'query($id: ID!) { node(id: $id) { ... on PixCharge { status } } }', { id });
    while ((await simCount(simulator, 'GET /charge/v1/dynamic/:txid')) === readsBefore) await new Promise((resolve) => setTimeout(resolve, 20));

    entry.child.kill('SIGTERM');
    // The signal is handled asynchronously: poll until readiness flips (bounded by the delay window).
    let ready = await request(`${entry.url}/readyz`);
    while (ready.statusCode === 200) {
      await ready.body.dump();
      ready = await request(`${entry.url}/readyz`);
    }
    expect(ready.statusCode).toBe(503);
    expect(await ready.body.json()).toMatchObject({ status: 'draining' });
    // graphql-ws refuses the handshake while draining: 4403 Forbidden.
    expect(await wsHandshake(wsUrl)).toBe(4403);

    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect(result.data.node.status).toBe('ACTIVE');
    expect(await entry.exited).toBe(0);
  });

  test('a configuration error exits 78 (EX_CONFIG) naming the variable, without starting', async () => {
    const started = spawnEntry({ PORT: 'not-a-port' });
    expect(await started.exited).toBe(78);
    expect(started.output()).toMatch(/PORT/);
    expect(started.output()).not.toMatch(/GraphQL and GraphiQL/);
  });
});
