/**
 * The Astra simulator (`@paygraph/sandbox/astra`, which `npm run bench` builds first) in its own
 * process, for benchmarks. The driver starts it pinned to the load core and talks to it two ways:
 *  - over HTTP, like any client: the API, `/__sim/stats`, `/__sim/reset`, `PUT /__sim/faults`,
 *    `/__sim/pix-charges/:txid/pay`;
 *  - over the IPC channel, for what the simulator's HTTP routes do not expose: calls per
 *    `x-transaction-id` (the layer keeps one id per logical call across its retries, so this is
 *    "attempts per logical call"), token-call times, and when each webhook left the simulator.
 *
 * Options come from the environment: SIM_PORT, SIM_TOKEN_TTL_SECONDS, SIM_SANDBOX_DELAY_MS.
 * Exits when the IPC channel closes (the driver died) or on SIGTERM.
 */
import { startAstraSimulator } from '@paygraph/sandbox/astra';
import type { IpcReply, IpcRequest, SimReady } from './lib/ipc-types';

const monotonicNs = () => process.hrtime.bigint();
const requestUrl = (input: Parameters<typeof fetch>[0]): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

async function main(): Promise<void> {
  const perTx = new Map<string, number>();
  const perTxRoute = new Map<string, string>();
  const statusCounts = new Map<string, number>();
  let tokenCallsNs: bigint[] = [];
  // Per-transaction-id tracking costs a Map entry per call: on only while a scenario asks for it.
  let trackTx = false;
  const webhookSentNs = new Map<string, bigint[]>();

  // Timestamp every webhook POST as it leaves the simulator (t0 of the S7 latency). The
  // dispatcher resolves the global `fetch` per call, so wrapping it here is enough.
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const sentNs = monotonicNs();
    if (init?.method === 'POST' && typeof init.body === 'string' && requestUrl(input).includes('/webhooks/')) {
      try {
        const txid = (JSON.parse(init.body) as { txid?: string }).txid;
        if (txid) {
          const list = webhookSentNs.get(txid) ?? [];
          list.push(sentNs);
          webhookSentNs.set(txid, list);
        }
      } catch {
        // not JSON: not ours to time
      }
    }
    return realFetch(input, init);
  };

  const sim = await startAstraSimulator({
    port: Number(process.env.SIM_PORT ?? 0),
    tokenTtlSeconds: Number(process.env.SIM_TOKEN_TTL_SECONDS ?? 3600),
    sandboxDelayMs: Number(process.env.SIM_SANDBOX_DELAY_MS ?? 50),
    // Quick retries so a webhook refused during a bench is retried within the run.
    webhookRetryDelaysMs: [1_000, 3_000],
    webhookTimeoutMs: 10_000,
  });

  // Wrap the counters (instance method) to also count per transaction id and status.
  const counters = sim.counters;
  const record = counters.record.bind(counters);
  counters.record = (input) => {
    record(input);
    if (input.path.startsWith('/__sim')) return;
    const header = input.headers['x-transaction-id'];
    const tx = Array.isArray(header) ? header[0] : header;
    if (tx && trackTx) {
      perTx.set(tx, (perTx.get(tx) ?? 0) + 1);
      if (!perTxRoute.has(tx)) perTxRoute.set(tx, input.route);
    }
    const statusKey = `${input.route} ${input.status}`;
    statusCounts.set(statusKey, (statusCounts.get(statusKey) ?? 0) + 1);
    if (input.route === 'POST /oauth/v1/token') tokenCallsNs.push(monotonicNs());
  };

  const handlers: Record<IpcRequest['cmd'], (request: IpcRequest) => unknown> = {
    // Histogram of attempts per logical call, per route: { route: { attempts: logicalCalls } }.
    txHistogram: () => {
      const byRoute: Record<string, Record<string, number>> = {};
      for (const [tx, count] of perTx) {
        const route = perTxRoute.get(tx) ?? '?';
        const histogram = (byRoute[route] ??= {});
        histogram[String(count)] = (histogram[String(count)] ?? 0) + 1;
      }
      return { byRoute, statuses: Object.fromEntries(statusCounts) };
    },
    resetAll: () => {
      perTx.clear();
      perTxRoute.clear();
      statusCounts.clear();
      tokenCallsNs = [];
      webhookSentNs.clear();
      counters.reset();
      return true;
    },
    trackOn: () => (trackTx = true),
    trackOff: () => (trackTx = false),
    tokenCalls: () => tokenCallsNs.map(String),
    webhookTimes: () => Object.fromEntries([...webhookSentNs].map(([txid, list]) => [txid, list.map(String)])),
    cpu: () => ({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss }),
  };

  process.on('message', (message: IpcRequest) => {
    let reply: IpcReply;
    try {
      reply = { id: message.id, ok: true, result: handlers[message.cmd](message) };
    } catch (error) {
      reply = { id: message.id, ok: false, error: String(error) };
    }
    process.send?.(reply);
  });

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(0), 2_000);
    force.unref();
    void sim.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);

  const ready: SimReady = { ready: true, url: sim.url, clientId: sim.clientId, clientSecret: sim.clientSecret, pid: process.pid };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  process.stderr.write(`sim-process failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
