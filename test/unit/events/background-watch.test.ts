import { BackgroundWatch } from '../../../src/events/background-watch';
import type { PollerStopReason } from '../../../src/events/poller';
import { MemoryWatchList, type WatchList } from '../../../src/events/watch-list';
import { encodeGlobalId } from '../../../src/lib/global-id';

const P1 = encodeGlobalId('AutomaticPixPayment', 'ASTRA', 'p1');
const P2 = encodeGlobalId('AutomaticPixPayment', 'ASTRA', 'p2');
const NOW = 1_000_000;

/** The background watch over a memory list, with a fake watcher that records who is watched. */
function setUp(list: WatchList = new MemoryWatchList()) {
  const watched = new Map<string, number>();
  const started: string[] = [];
  const startOptions: unknown[] = [];
  let announce: (key: string, reason: PollerStopReason) => void = () => {};
  const errors: unknown[] = [];
  const background = new BackgroundWatch({
    list,
    watch: (_provider, globalId, _providerId, options) => {
      started.push(globalId);
      startOptions.push(options);
      watched.set(globalId, (watched.get(globalId) ?? 0) + 1);
      return () => watched.set(globalId, watched.get(globalId)! - 1);
    },
    onPollerStop: (listener) => {
      announce = listener;
      return () => (announce = () => {});
    },
    syncIntervalMs: 5,
    now: () => NOW,
    onError: (error) => errors.push(error),
  });
  return { background, list, watched, started, startOptions, errors, pollerStopped: (key: string, reason: PollerStopReason) => announce(key, reason) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => jest.restoreAllMocks());

test('keep lists the subject with its deadline and watches it once; the same deadline again writes nothing', async () => {
  const { background, list, watched } = setUp();
  const put = jest.spyOn(list, 'put');
  background.keep(P1, NOW + 100);
  await settle();
  expect(await list.entries()).toEqual(new Map([[P1, NOW + 100]]));
  expect(watched.get(P1)).toBe(1);
  background.keep(P1, NOW + 100);
  background.keep(P1, NOW + 200);
  await settle();
  expect(put).toHaveBeenCalledTimes(2);
  expect(await list.entries()).toEqual(new Map([[P1, NOW + 200]]));
  expect(watched.get(P1)).toBe(1);
  background.close();
});

test('its watchers are background watchers: the poller probes at the quiet interval unless someone subscribes', async () => {
  const { background, started, startOptions } = setUp();
  background.keep(P1, NOW + 100);
  await background.start();
  await settle();
  expect(started).toEqual([P1]);
  expect(startOptions).toEqual([{ background: true }]);
  background.close();
});

test('a deadline already past is not listed', async () => {
  const { background, list, started } = setUp();
  background.keep(P1, NOW);
  await settle();
  expect((await list.entries()).size).toBe(0);
  expect(started).toEqual([]);
});

test('start adopts the list: live subjects are watched, expired ones and foreign ids are dropped or left', async () => {
  const list = new MemoryWatchList();
  await list.put(P1, NOW + 100);
  await list.put(P2, NOW - 1);
  await list.put('not-a-global-id', NOW + 100);
  const { background, started } = setUp(list);
  await background.start();
  expect(started).toEqual([P1]);
  expect(background.isWatching(P1)).toBe(true);
  expect([...(await list.entries()).keys()].sort()).toEqual([P1, 'not-a-global-id'].sort());
  background.close();
});

test('a poller ending at a terminal state or its deadline takes the subject off the list; closing or unwatching does not', async () => {
  const { background, list, pollerStopped } = setUp();
  background.keep(P1, NOW + 100);
  background.keep(P2, NOW + 100);
  await settle();
  pollerStopped(P2, 'closed');
  pollerStopped(P2, 'unwatched');
  pollerStopped(P1, 'terminal');
  await settle();
  expect([...(await list.entries()).keys()]).toEqual([P2]);
  expect(background.isWatching(P1)).toBe(false);
  expect(background.isWatching(P2)).toBe(true);
  pollerStopped(P2, 'deadline');
  await settle();
  expect((await list.entries()).size).toBe(0);
  background.close();
});

test('a subject another instance took off the list is unwatched at the next reading; one it added is watched', async () => {
  const { background, list, watched } = setUp();
  await background.start();
  background.keep(P1, NOW + 100);
  await settle();
  await list.remove(P1);
  await list.put(P2, NOW + 100);
  await settle();
  expect(watched.get(P1)).toBe(0);
  expect(watched.get(P2)).toBe(1);
  background.close();
});

test('close stops every watcher and keeps the list for the next start; keep after close does nothing', async () => {
  const { background, list, watched } = setUp();
  await background.start();
  background.keep(P1, NOW + 100);
  await settle();
  background.close();
  expect(watched.get(P1)).toBe(0);
  background.keep(P2, NOW + 100);
  await settle();
  expect([...(await list.entries()).keys()]).toEqual([P1]);
  expect(watched.has(P2)).toBe(false);
});

test('list trouble is reported, never thrown; the subject is still watched here', async () => {
  const list = new MemoryWatchList();
  jest.spyOn(list, 'put').mockRejectedValue(new Error('redis down'));
  jest.spyOn(list, 'entries').mockRejectedValue(new Error('redis down'));
  const { background, errors, watched } = setUp(list);
  await background.start();
  background.keep(P1, NOW + 100);
  await settle();
  expect(watched.get(P1)).toBe(1);
  expect(errors.length).toBeGreaterThanOrEqual(2);
  background.close();
});
