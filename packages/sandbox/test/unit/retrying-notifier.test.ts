import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchJsonPost, nodeJsonPost } from '../../src/shared/json-post';
import { RetryingNotifier, type NotifyAttempt } from '../../src/shared/retrying-notifier';
import { SimClock, SimScheduler } from '../../src/shared/sim-clock';

/** A real receiver on 127.0.0.1 answering each POST with the next status (200 when none is left; 0 = never answer). */
async function startReceiver(statuses: number[]) {
  const bodies: unknown[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      const status = statuses.shift() ?? 200;
      if (status !== 0) res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}/hook`, bodies, close };
}

describe.each([
  ['global fetch', fetchJsonPost('test/1')],
  ["node's http client", nodeJsonPost('test/1')],
])('RetryingNotifier over %s', (_name, post) => {
  const scheduler = new SimScheduler();
  afterEach(() => scheduler.clear());
  const make = (retryDelaysMs: number[], timeoutMs = 2000) =>
    new RetryingNotifier<{ n: number }, NotifyAttempt<{ n: number }>>(scheduler, new SimClock(), { retryDelaysMs, timeoutMs, post, toRecord: (a) => a });

  test('retries a non-2xx after each delay until a 2xx, recording every attempt under one delivery id', async () => {
    const receiver = await startReceiver([500, 503]);
    try {
      const notifier = make([10, 10, 10]);
      notifier.notify(receiver.url, { n: 1 });
      expect(notifier.inFlight).toBe(1);
      await notifier.idle();
      expect(notifier.inFlight).toBe(0);
      expect(notifier.deliveries().map((d) => [d.deliveryId, d.attempt, d.status, d.ok])).toEqual([
        [1, 1, 500, false],
        [1, 2, 503, false],
        [1, 3, 200, true],
      ]);
      expect(notifier.deliveries()[2]).not.toHaveProperty('error');
      expect(receiver.bodies).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    } finally {
      await receiver.close();
    }
  });

  test('gives up after the last delay', async () => {
    const receiver = await startReceiver([500, 500, 500]);
    try {
      const notifier = make([10]);
      notifier.notify(receiver.url, { n: 2 });
      await notifier.idle();
      expect(notifier.deliveries().map((d) => d.status)).toEqual([500, 500]);
      expect(receiver.bodies).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });

  test('an attempt without an answer in time fails with status 0 and a timeout error', async () => {
    const receiver = await startReceiver([0]);
    try {
      const notifier = make([], 100);
      notifier.notify(receiver.url, { n: 3 });
      await notifier.idle();
      expect(notifier.deliveries()).toEqual([expect.objectContaining({ status: 0, ok: false, error: 'timeout after 100 ms' })]);
    } finally {
      await receiver.close();
    }
  });

  test('cancelAll releases waiters and stops counting the notification in flight; reset also clears the log', async () => {
    const receiver = await startReceiver([500]);
    try {
      const notifier = make([60_000]);
      notifier.notify(receiver.url, { n: 4 });
      while (notifier.deliveries().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const idle = notifier.idle();
      notifier.cancelAll();
      await idle;
      expect(notifier.inFlight).toBe(0);
      expect(notifier.deliveries()).toHaveLength(1);
      notifier.reset();
      expect(notifier.deliveries()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});
