import { createServer, connect, type Server, type Socket } from 'node:net';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { freePort } from '../helpers/ports';
import { CreatePixChargeDocument as CREATE } from '../generated/graphql';

/**
 * Issue 23, case 8: "Astra unreachable (connection refused): createPixCharge with a key answers
 * PROVIDER_UNAVAILABLE; the same request again answered OUTCOME_UNKNOWN, although nothing was
 * sent." A refused connection proves the provider did nothing, so the key stays usable: once Astra
 * is reachable, the same request creates the charge, once (not OUTCOME_UNKNOWN, not OUTCOME_PENDING).
 *
 * Paygraph runs in live mode against a loopback port where, first, nothing listens; then a real
 * Astra simulator (or a TCP relay to one) is started on that same port, so one Paygraph sees Astra
 * go from unreachable to reachable.
 */
const POST = 'POST /charge/v1/dynamic';
const CREDENTIALS = { clientId: 'case8-client', clientSecret: 'case8-secret-0123456789' };

function liveEnv(port: number): Record<string, string> {
  const base = `http://127.0.0.1:${port}`;
  return {
    ASTRA_CLIENT_ID: CREDENTIALS.clientId,
    ASTRA_CLIENT_SECRET: CREDENTIALS.clientSecret,
    ASTRA_BASE_URL: base,
    ASTRA_TOKEN_URL: `${base}/oauth/v1/token`,
    // A short window, so that wrongly opening it would show as OUTCOME_PENDING, not pass by.
    ASTRA_TIMEOUT_MS: '2000',
    ASTRA_DEADLINE_MS: '3000',
    ASTRA_COMPLETION_HORIZON_MS: '60000',
  };
}

describe('Astra down altogether (its token endpoint refuses connections too)', () => {
  let port: number;
  let app: TestPaygraph;
  let sim: AstraSimulator | undefined;
  beforeAll(async () => {
    port = await freePort();
    app = await startTestPaygraph(liveEnv(port));
  });
  afterAll(async () => {
    await app.close();
    await sim?.close();
  });

  test('createPixCharge with a key: PROVIDER_UNAVAILABLE; once Astra is up, the same request creates one charge', async () => {
    const input = { amount: '7.00', idempotencyKey: 'case8-everything-down' };
    const first = await app.gqlTyped(CREATE, { input });
    expect(first.data ?? null).toBeNull();
    expect(first.errors?.[0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true });

    sim = await startAstraSimulator({ port, ...CREDENTIALS, sandboxDelayMs: 60_000 });
    const again = await app.gqlTyped(CREATE, { input });
    console.info(
      `case 8, all down: retry answered ${again.errors?.[0].extensions?.code ?? again.data?.createPixCharge.userErrors[0]?.code ?? 'a charge'}, POSTs ${sim.counters.count(POST)}`,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.createPixCharge.userErrors).toEqual([]);
    expect(again.data!.createPixCharge.pixCharge).toMatchObject({ amount: { amount: '7.00' } });
    expect(sim.counters.count(POST)).toBe(1);

    const replay = await app.gqlTyped(CREATE, { input });
    expect(replay.data!.createPixCharge.pixCharge!.id).toBe(again.data!.createPixCharge.pixCharge!.id);
    expect(sim.counters.count(POST)).toBe(1);
  });
});

describe('Astra API refuses connections while Paygraph holds a valid token', () => {
  let sim: AstraSimulator;
  let relay: TcpRelay;
  let app: TestPaygraph;
  beforeAll(async () => {
    sim = await startAstraSimulator({ ...CREDENTIALS, sandboxDelayMs: 60_000 });
    relay = await startTcpRelay(await freePort(), Number(new URL(sim.url).port));
    app = await startTestPaygraph(liveEnv(relay.port));
  });
  afterAll(async () => {
    await app.close();
    await relay.stop();
    await sim.close();
  });

  test('the POST is refused (token cached): PROVIDER_UNAVAILABLE; once reachable, the same request creates one charge', async () => {
    // A first charge without a key gets the token, which Paygraph keeps.
    expect((await app.gqlTyped(CREATE, { input: { amount: '1.00' } })).data!.createPixCharge.pixCharge).not.toBeNull();
    const tokensIssued = sim.counters.count('POST /oauth/v1/token');
    const postsBefore = sim.counters.count(POST);
    await relay.stop();

    const input = { amount: '8.00', idempotencyKey: 'case8-api-refused' };
    const first = await app.gqlTyped(CREATE, { input });
    expect(first.errors?.[0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true });
    expect(sim.counters.count(POST)).toBe(postsBefore);
    // Had the refused connection counted as "maybe sent", the key's 60 s window would answer
    // OUTCOME_PENDING below: the charge proves it left the key usable.

    await relay.start();
    const again = await app.gqlTyped(CREATE, { input });
    console.info(
      `case 8, API refused: retry answered ${again.errors?.[0].extensions?.code ?? again.data?.createPixCharge.userErrors[0]?.code ?? 'a charge'}, POSTs ${sim.counters.count(POST) - postsBefore}`,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.createPixCharge.userErrors).toEqual([]);
    expect(again.data!.createPixCharge.pixCharge).toMatchObject({ amount: { amount: '8.00' } });
    expect(sim.counters.count(POST) - postsBefore).toBe(1);
    // The refused attempt had its token: it was the connection, not the credentials.
    expect(sim.counters.count('POST /oauth/v1/token')).toBe(tokensIssued);
  });
});

interface TcpRelay {
  port: number;
  start(): Promise<void>;
  /** Stops listening and cuts every relayed connection: new connections are refused. */
  stop(): Promise<void>;
}

/** A loopback TCP relay from `port` to `targetPort` that can stop listening and start again on the same port. */
async function startTcpRelay(port: number, targetPort: number): Promise<TcpRelay> {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const relay: TcpRelay = {
    port,
    async start() {
      server = createServer((inbound) => {
        const outbound = connect(targetPort, '127.0.0.1');
        track(inbound);
        track(outbound);
        inbound.pipe(outbound).pipe(inbound);
        inbound.on('error', () => outbound.destroy());
        outbound.on('error', () => inbound.destroy());
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async stop() {
      if (!server) return;
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      // Wait until every relayed socket has closed, so Paygraph's pool cannot reuse one.
      const socketsClosed = [...sockets].map((socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve()))));
      for (const socket of sockets) socket.destroy();
      await Promise.all([closed, ...socketsClosed]);
      server = undefined;
    },
  };
  await relay.start();
  return relay;
}
