import { randomUUID } from 'node:crypto';
import { freePort } from '../../test/helpers/ports';
import { deleteKeys, readEventLog, readSimulator } from './evidence';
import { startHaproxy, type Balancer } from './haproxy';
import { startFleet, type Fleet } from './instances';
import { GraphqlClient, createIntent, mutateLoop, readLoop, type IntentOutcome } from './load';
import { buildReport, type DrillReport, type FaultTiming } from './report';
import { DrillStats } from './stats';
import { ResumingSubscriber } from './subscribers';

/**
 * The failure drill (issue 28 item 2): three Paygraph processes on one Redis behind HAProxy, a
 * steady mixed load through the balancer, one instance SIGKILLed and started again, another
 * SIGTERMed (drained) and started again, then the invariants checked against the simulator and
 * the event log. `npm run drill` runs it in full (scripts/drill/main.ts); the jest e2e test
 * test/e2e/drill/lb-drill.test.ts runs a shorter one.
 */
export interface DrillOptions {
  redisUrl: string;
  /** Length of the load phase; the faults happen at 25 % (SIGKILL) and 55 % (SIGTERM) of it (later if the pool is not whole by then; the load then runs longer). */
  loadMs: number;
  subscribers: number;
  readers: number;
  mutators: number;
  log?: (line: string) => void;
  /** Appends HAProxy's request log to this file. */
  haproxyLog?: string;
}

const REGISTER = `mutation { registerWebhook(input: { eventType: PIX_QR_INBOUND }) { webhook { id } userErrors { code message } } }`;
const NAMES = ['A', 'B', 'C'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runDrill(options: DrillOptions): Promise<DrillReport> {
  const log = options.log ?? (() => undefined);
  const keyPrefix = `drill:${randomUUID()}:`;
  const lbPort = await freePort();
  const statsPort = await freePort();
  const publicUrl = `http://127.0.0.1:${lbPort}`;
  let fleet: Fleet | undefined;
  let balancer: Balancer | undefined;
  let client: GraphqlClient | undefined;
  const subscribers: ResumingSubscriber[] = [];
  // Also set when a step fails, so the load loops end with the drill.
  let loadOver = false;
  try {
    fleet = await startFleet({ names: NAMES, redisUrl: options.redisUrl, keyPrefix, publicUrl });
    const ports = fleet.ports;
    balancer = await startHaproxy({ port: lbPort, statsPort, servers: NAMES.map((name) => ({ name, port: ports.get(name)! })), logFile: options.haproxyLog });
    log(`balancer ${balancer.url}; starting ${NAMES.length} instances`);
    const bootAt = Date.now();
    await Promise.all(NAMES.map((name) => fleet!.start(name)));
    await untilUp(balancer, NAMES.length, 30_000);
    log(`${NAMES.length} instances up after ${Date.now() - bootAt} ms`);
    client = new GraphqlClient(balancer.url);
    const stats = new DrillStats();

    const registered = await client.post<{ registerWebhook: { userErrors: unknown[] } | null }>(REGISTER);
    if (registered.body?.data?.registerWebhook?.userErrors?.length !== 0) throw new Error(`registerWebhook: ${JSON.stringify(registered.body)}`);
    const runId = randomUUID().slice(0, 8);
    const outcomes: IntentOutcome[] = [];
    const marker = await markerEvent(balancer, client, stats, runId, outcomes);
    log(`marker event ${marker.id}; opening ${options.subscribers} subscribers`);

    const wsUrl = `${balancer.url.replace(/^http/, 'ws')}/graphql`;
    for (let i = 0; i < options.subscribers; i++) {
      const subscriber = new ResumingSubscriber(wsUrl, marker.cursor);
      subscribers.push(subscriber);
      subscriber.open();
      if (i % 25 === 24) await sleep(50);
    }

    // The load: readers and keyed mutators until the faults are over and the load time is up.
    const serversBefore = await balancer.servers();
    const startedAt = Date.now();
    const running = () => !loadOver;
    stats.enter('steady');
    const loopErrors: unknown[] = [];
    const loops = [
      ...Array.from({ length: options.readers }, () => readLoop(client!, stats, running, 100)),
      ...Array.from({ length: options.mutators }, (_, m) =>
        mutateLoop(client!, stats, { running, prefix: `drill-${runId}-${m}`, pauseMs: 100, giveUpAt: () => Date.now() + 60_000, outcomes }),
      ),
    ].map((loop) => loop.catch((error: unknown) => void loopErrors.push(error)));

    const faults: FaultTiming[] = [];
    const at = (fraction: number, atLeastMs: number) => sleep(Math.max(atLeastMs, startedAt + options.loadMs * fraction - Date.now()));
    await at(0.25, 0);
    faults.push(await killAndRestart(fleet, balancer, stats, 'B', log));
    stats.enter('steady after restart of B');
    await at(0.55, 2_000);
    faults.push(await drainAndRestart(fleet, balancer, stats, 'C', log));
    stats.enter('steady after restart of C');
    await at(1, 2_000);
    loadOver = true;
    await Promise.all(loops);
    if (loopErrors.length > 0) throw loopErrors[0];
    const serversAfter = await balancer.servers();
    const takenOut = Object.fromEntries(
      serversAfter.map((server) => [server.name, server.downTransitions - (serversBefore.find((before) => before.name === server.name)?.downTransitions ?? 0)]),
    );
    stats.enter('settling');
    log(`load done after ${Date.now() - startedAt} ms; ${outcomes.length} intents; settling`);

    // Let every webhook retry run out and every subscriber catch up with the log.
    await fleet.astra.waitForIdle();
    const { log: eventLog, afterMarker: published } = await settledLog(options.redisUrl, keyPrefix, marker.id, subscribers);
    const simulator = await readSimulator(fleet.astra);
    return buildReport({
      instances: NAMES.length,
      loadMs: options.loadMs,
      subscribers,
      windows: stats.windows,
      outcomes,
      simulator,
      published,
      eventLog,
      faults,
      takenOut,
      unexpectedAnswers: stats.unexpectedAnswers,
      balancerConfig: balancer.config,
    });
  } finally {
    loadOver = true;
    await Promise.all(subscribers.map((subscriber) => subscriber.stop()));
    await client?.close();
    await fleet?.close();
    await balancer?.close();
    await deleteKeys(options.redisUrl, keyPrefix);
  }
}

async function untilUp(balancer: Balancer, count: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while ((await balancer.upCount()) !== count) {
    if (Date.now() - started > timeoutMs) throw new Error(`the balancer did not see ${count} instances up within ${timeoutMs} ms`);
    await sleep(100);
  }
  return Date.now() - started;
}

/** Resolves once the balancer has taken an instance out (it saw it fail its checks). */
async function untilDown(balancer: Balancer, count: number): Promise<number> {
  const started = Date.now();
  while ((await balancer.upCount()) > count && Date.now() - started < 15_000) await sleep(50);
  return Date.now() - started;
}

async function killAndRestart(fleet: Fleet, balancer: Balancer, stats: DrillStats, name: string, log: (line: string) => void): Promise<FaultTiming> {
  stats.enter(`SIGKILL ${name} until the pool is whole`);
  const at = Date.now();
  await fleet.kill(name);
  log(`SIGKILL ${name}`);
  const detectedMs = await untilDown(balancer, 2);
  await fleet.start(name);
  log(`${name} started again after ${Date.now() - at} ms`);
  await untilUp(balancer, 3, 60_000);
  const wholeMs = Date.now() - at;
  log(`pool whole again ${wholeMs} ms after the SIGKILL`);
  return { fault: `SIGKILL ${name}, start again`, outOfPoolAfterMs: detectedMs, poolWholeAfterMs: wholeMs };
}

async function drainAndRestart(fleet: Fleet, balancer: Balancer, stats: DrillStats, name: string, log: (line: string) => void): Promise<FaultTiming> {
  stats.enter(`SIGTERM ${name} until the pool is whole`);
  const at = Date.now();
  const exited = fleet.stop(name);
  log(`SIGTERM ${name}`);
  const detectedMs = await untilDown(balancer, 2);
  const exitCode = await exited;
  const exitedAfterMs = Date.now() - at;
  await fleet.start(name);
  await untilUp(balancer, 3, 60_000);
  const wholeMs = Date.now() - at;
  log(`${name} exited ${exitCode} after ${exitedAfterMs} ms; pool whole again ${wholeMs} ms after the SIGTERM`);
  return { fault: `SIGTERM ${name}, start again`, outOfPoolAfterMs: detectedMs, poolWholeAfterMs: wholeMs, exitCode, exitedAfterMs };
}

/**
 * The drill's starting point: a paid charge whose PIX_CHARGE_PAID event a first subscriber
 * receives. Every drill subscriber starts `after:` its cursor, so what each must receive is
 * exactly what the log holds after it.
 */
async function markerEvent(balancer: Balancer, client: GraphqlClient, stats: DrillStats, runId: string, outcomes: IntentOutcome[]): Promise<{ id: string; cursor: string }> {
  const wsUrl = `${balancer.url.replace(/^http/, 'ws')}/graphql`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const watcher = new ResumingSubscriber(wsUrl, null);
    watcher.open();
    await sleep(1_000); // the subscription is set up asynchronously on the server
    const intent = await createIntent(client, stats, `drill-${runId}-marker-${attempt}`, true, Date.now() + 30_000);
    outcomes.push(intent);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const event = watcher.received.find((e) => e.type === 'PIX_CHARGE_PAID' && e.txid === intent.txid);
      if (event) {
        await watcher.stop();
        return event;
      }
      await sleep(100);
    }
    await watcher.stop();
  }
  throw new Error('no marker event reached a subscriber through the balancer');
}

/**
 * The whole log and its part after the marker, once it has stopped growing and every subscriber holds at least as
 * many events as it (or 30 s have passed: what is missing then is reported as missing).
 */
async function settledLog(redisUrl: string, keyPrefix: string, markerId: string, subscribers: ResumingSubscriber[]) {
  const deadline = Date.now() + 30_000;
  let previous = -1;
  for (;;) {
    const log = await readEventLog(redisUrl, keyPrefix);
    const after = log.slice(log.findIndex((event) => event.id === markerId) + 1);
    const caughtUp = subscribers.every((subscriber) => subscriber.received.length >= after.length);
    if ((after.length === previous && caughtUp) || Date.now() > deadline) return { log, afterMarker: after };
    previous = after.length;
    await sleep(1_000);
  }
}
