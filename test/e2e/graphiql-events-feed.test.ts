import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { createClient, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { operation } from '../helpers/operations';
import { subscribe } from '../helpers/subscriptions';

/**
 * The GraphiQL events panel's feed (src/graphiql/public/events-feed.js, a browser file) run in
 * Node against a real Paygraph, with the real graphql-ws client over real sockets: the only thing
 * swapped is the WebSocket constructor, so the test can cut the connection like a network drop.
 */
interface FeedState {
  events: Array<{ type: string; cursor: string; subject: { id: string; status?: string } }>;
  status: string;
  message: string;
  lastCursor: string | null;
}
interface Feed {
  useHeaders(headers: Record<string, string>): void;
  stop(): void;
  subscribe(listener: () => void): () => void;
  snapshot(): FeedState;
}

const FEED_SOURCE = readFileSync(path.resolve(__dirname, '../../src/graphiql/public/events-feed.js'), 'utf8');

function loadFeed(sockets: WebSocket[], sent: string[]): (url: string) => Feed {
  class TrackedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
      const send = this.send.bind(this);
      this.send = ((data: string) => {
        sent.push(String(data));
        send(data);
      }) as WebSocket['send'];
    }
  }
  const window: { PaygraphEventsFeed?: { create(url: string): Feed } } = {};
  const graphqlWs = { createClient: (options: ClientOptions) => createClient({ ...options, webSocketImpl: TrackedWebSocket }) };
  runInNewContext(FEED_SOURCE, { window, graphqlWs, setTimeout, clearTimeout, Set, JSON, Object, Math });
  return (url) => window.PaygraphEventsFeed!.create(url);
}

function until(feed: Feed, predicate: (state: FeedState) => boolean, what: string, timeoutMs = 10_000): Promise<FeedState> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const state = feed.snapshot();
      if (!predicate(state)) return false;
      clearTimeout(timer);
      unsubscribe();
      resolve(state);
      return true;
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`${what}: not within ${timeoutMs} ms; feed is ${JSON.stringify(feed.snapshot())}`));
    }, timeoutMs);
    const unsubscribe = feed.subscribe(() => void check());
    check();
  });
}

const paidIds = (state: FeedState) => state.events.filter((e) => e.type === 'PIX_CHARGE_PAID').map((e) => e.subject.id);

describe('GraphiQL events feed against a real Paygraph', () => {
  let app: TestPaygraph;
  let feed: Feed | undefined;
  const sockets: WebSocket[] = [];
  const sent: string[] = [];

  beforeAll(async () => {
    app = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 0 } });
  });
  afterAll(async () => {
    // No retry may outlive the test: stop the feed before the server goes away.
    feed?.stop();
    await app?.close();
  });

  async function create(amount: string): Promise<{ id: string; txid: string }> {
    const created = await app.gql(operation('create-pix-charge'), { input: { amount } });
    return created.data.createPixCharge.pixCharge;
  }

  test('after a dropped connection it resubscribes with after: its last cursor and gets what it missed, once', async () => {
    feed = loadFeed(sockets, sent)(app.wsUrl);
    feed.useHeaders({});
    await until(feed, (s) => s.status === 'live', 'live');

    const first = await create('3.00');
    expect(await app.sandbox!.astra.payCharge(first.txid)).toBe(true);
    const withFirst = await until(feed, (s) => paidIds(s).includes(first.id), 'first PIX_CHARGE_PAID');
    const cursorBeforeDrop = withFirst.lastCursor;

    // The network drops: the feed notices, and retries in 1 s.
    sockets[0].terminate();
    await until(feed, (s) => s.status === 'retrying', 'retrying');
    // Paid while the panel is disconnected: only the after: replay can bring it. A second
    // subscriber (pixChargeUpdated: its first message proves it is registered) shows when the
    // payment was published.
    const missed = await create('4.00');
    const witness = subscribe(app.wsUrl, 'subscription($id: ID!) { pixChargeUpdated(id: $id) { status } }', { id: missed.id });
    expect((await witness.waitFor(1)).pixChargeUpdated).toEqual({ status: 'ACTIVE' });
    expect(await app.sandbox!.astra.payCharge(missed.txid)).toBe(true);
    expect((await witness.waitFor(2)).pixChargeUpdated).toEqual({ status: 'PAID' });
    await witness.close();
    expect(feed.snapshot().status).toBe('retrying');

    const after = await until(feed, (s) => s.status === 'live' && paidIds(s).includes(missed.id), 'missed PIX_CHARGE_PAID replayed');
    expect(paidIds(after)).toEqual([missed.id, first.id]); // newest first, each once
    const subscribes = sent.map((frame) => JSON.parse(frame)).filter((msg) => msg.type === 'subscribe');
    expect(subscribes.map((msg) => msg.payload.variables.after)).toEqual([null, cursorBeforeDrop]);
  }, 30_000);
});
