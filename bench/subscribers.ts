/**
 * S7 subscribers: N graphql-ws clients (`graphql-ws` createClient over `ws`) on `paymentEvents`,
 * in their own process (the server's sockets and the clients' sockets must not share one
 * process's file limit, nor its CPU). Each client records the monotonic receive time of every
 * event (process.hrtime is CLOCK_MONOTONIC, comparable across processes on Linux).
 *
 * Env: SUBS_URL (ws://…/graphql), SUBS_API_KEY. IPC commands:
 *  - connect {n, batch}: opens n clients, `batch` at a time; answers { connected, failed }.
 *  - results: { received: { txid: ns[] (as strings) }, errors: string[] }.
 *  - close: disposes every client.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const QUERY = 'subscription { paymentEvents { id type subject { id ... on PixCharge { txid status } } } }';
const url = process.env.SUBS_URL!;
const apiKey = process.env.SUBS_API_KEY;

const clients: Client[] = [];
const received = new Map<string, bigint[]>();
const errors: string[] = [];

function openOne(): Promise<boolean> {
  return new Promise((resolveOpen) => {
    let settled = false;
    const settle = (ok: boolean) => {
      if (!settled) {
        settled = true;
        resolveOpen(ok);
      }
    };
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      on: {
        connected: () => settle(true),
        closed: () => settle(false),
        error: () => settle(false),
      },
    });
    clients.push(client);
    client.subscribe<{ paymentEvents: { subject: { txid?: string } | null } }>(
      { query: QUERY },
      {
        next: (value) => {
          const now = process.hrtime.bigint();
          const txid = value.data?.paymentEvents.subject?.txid;
          if (value.errors?.length) errors.push(JSON.stringify(value.errors[0]).slice(0, 300));
          if (!txid) return;
          let list = received.get(txid);
          if (!list) received.set(txid, (list = []));
          list.push(now);
        },
        error: (error) => {
          if (errors.length < 100) errors.push(String((error as Error)?.message ?? JSON.stringify(error)).slice(0, 300));
        },
        complete: () => undefined,
      },
    );
  });
}

async function connect(n: number, batch: number): Promise<{ connected: number; failed: number }> {
  let connected = 0;
  let failed = 0;
  for (let offset = 0; offset < n; offset += batch) {
    const size = Math.min(batch, n - offset);
    const outcomes = await Promise.all(Array.from({ length: size }, openOne));
    for (const ok of outcomes) {
      if (ok) connected++;
      else failed++;
    }
  }
  return { connected, failed };
}

process.on('message', (message: { id: number; cmd: string; args?: { n: number; batch: number } }) => {
  const reply = (result: unknown) => process.send?.({ id: message.id, ok: true, result });
  const fail = (error: unknown) => process.send?.({ id: message.id, ok: false, error: String(error) });
  switch (message.cmd) {
    case 'connect':
      connect(message.args!.n, message.args!.batch).then(reply, fail);
      break;
    case 'results':
      reply({ received: Object.fromEntries([...received].map(([txid, list]) => [txid, list.map(String)])), errors });
      break;
    case 'close':
      // graphql-ws's dispose may or may not return a promise; wait for those that do.
      Promise.all(
        clients.map(async (client) => {
          await client.dispose();
        }),
      ).then(() => reply(true), fail);
      break;
    default:
      fail(`unknown command ${message.cmd}`);
  }
});

const stop = () => process.exit(0);
process.on('SIGTERM', stop);
process.on('disconnect', stop);
process.send?.({ ready: true, pid: process.pid });
