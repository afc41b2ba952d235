/**
 * Background watching is quiet: an APPROVED authorization nobody subscribes to is read every
 * BACKGROUND_POLL_INTERVAL_MS, not every poll interval (src/events/poller.ts); a subscription to it
 * brings the poller back to the poll interval at once, and leaving makes it quiet again.
 */
import { eventually, startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { subscribe } from '../helpers/subscriptions';
import { approvedAuthorization } from '../helpers/automatic-pix';

const GET_AUTHORIZATION = 'GET /automatic-pix/v1/authorizations/:authorizationId';
const UPDATED = 'subscription($id: ID!) { automaticPixAuthorizationUpdated(id: $id) { id status } }';
const POLL_MS = 100;

let app: TestPaygraph;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // A quiet interval far longer than the test: any background read after the first is a failure.
  app = await startTestPaygraph({ PAGSTAR_POLL_INTERVAL_MS: String(POLL_MS), BACKGROUND_POLL_INTERVAL_MS: '600000' });
});
afterAll(() => app.close());

test('watched in the background only: no reads at the poll interval; a subscriber brings them back, leaving stops them again', async () => {
  const reads = () => app.sandbox!.astra.counters.count(GET_AUTHORIZATION);
  const authorization = await approvedAuthorization(app);
  await eventually(async () => app.background.isWatching(authorization.id));
  expect(app.pollers.isQuiet(authorization.id)).toBe(true);
  await eventually(async () => reads() >= 1); // the poller's first probe, at once
  const quietStart = reads();
  await pause(POLL_MS * 8);
  expect(reads() - quietStart).toBe(0);

  const subscription = subscribe(app.wsUrl, UPDATED, { id: authorization.id });
  try {
    await subscription.waitFor(1, 10_000);
    expect(subscription.received[0].automaticPixAuthorizationUpdated).toEqual({ id: authorization.id, status: 'APPROVED' });
    expect(app.pollers.isQuiet(authorization.id)).toBe(false);
    const liveStart = reads();
    // Probes at the poll interval again (the subscriber's own first read is already counted).
    await eventually(async () => reads() - liveStart >= 3, 5_000);
  } finally {
    await subscription.close();
  }

  await eventually(async () => app.pollers.isQuiet(authorization.id));
  expect(app.pollers.isPolling(authorization.id)).toBe(true); // the background watcher stays
  await pause(POLL_MS * 2); // the one probe already planned at the poll interval may still run
  const settled = reads();
  await pause(POLL_MS * 8);
  expect(reads() - settled).toBe(0);
});
