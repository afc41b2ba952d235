import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';

const CLIENT = path.resolve(__dirname, '..', '..', 'examples', 'client.mjs');
const API_KEY = 'example-client-key-0123456789';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node examples/client.mjs` as a frontend developer runs it, killed if it outlives the test. */
function runClient(env: Record<string, string>, timeoutMs = 25_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLIENT], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The numbered step lines the client printed, without their variable parts. */
function steps(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\d+\. /.test(line));
}

describe('examples/client.mjs against a real Paygraph', () => {
  let open: TestPaygraph;
  let keyed: TestPaygraph;

  beforeAll(async () => {
    // A short sandbox delay: the client subscribes before the 5.01 charge is paid automatically.
    open = await startTestPaygraph({}, { astraSimulator: { sandboxDelayMs: 300 } });
    keyed = await startTestPaygraph({ API_KEYS: `example=${API_KEY}` }, { astraSimulator: { sandboxDelayMs: 300 } });
  });
  afterAll(async () => {
    await open?.close();
    await keyed?.close();
  });

  test('creates, subscribes, reads the BR Code, sees PAID, refunds 1.00 and exits 0', async () => {
    const run = await runClient({ PAYGRAPH_URL: open.graphqlUrl, PAYGRAPH_WAIT_SECONDS: '15' });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const printed = steps(run.stdout);
    expect(printed).toHaveLength(7);
    expect(printed[0]).toMatch(/^1\. Created Pix charge \S+ \(txid \w+\): 5\.01 BRL, status ACTIVE$/);
    // pixChargeUpdated sends the current state first (ACTIVE, or PAID if the sandbox was quicker).
    expect(printed[1]).toMatch(/^2\. Subscribed to pixChargeUpdated: the charge is (ACTIVE|PAID) now$/);
    expect(printed[2]).toMatch(/^3\. Pix copia e cola \(brCode\): 000201.+$/);
    expect(printed[3]).toBe('4. Waiting up to 15 s for the payment (sandbox pays amounts ending in ,01)…');
    expect(printed[4]).toMatch(/^5\. Charge PAID at \d{4}-\d\d-\d\dT\S+Z$/);
    expect(printed[5]).toMatch(/^6\. Refund \S+ of 1\.00 requested: PROCESSING$/);
    expect(printed[6]).toMatch(/^7\. Refund completed: charge PARTIALLY_REFUNDED, 1\.00 refunded$/);
    expect(run.stdout).toMatch(/QR code: an SVG of \d+ characters \(qrCodeSvg\)/);
    expect(run.stdout.trimEnd().endsWith('Done.')).toBe(true);
  }, 30_000);

  test('sends PAYGRAPH_API_KEY over HTTP and in graphql-ws connectionParams', async () => {
    const run = await runClient({ PAYGRAPH_URL: keyed.graphqlUrl, PAYGRAPH_API_KEY: API_KEY, PAYGRAPH_WAIT_SECONDS: '15' });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    // The current state, PAID and the refund arrived: the subscription was authenticated too.
    expect(steps(run.stdout)).toHaveLength(7);
  }, 30_000);

  test('fails with exit code 1 and a clear message without the API key, or without a server', async () => {
    const unauthenticated = await runClient({ PAYGRAPH_URL: keyed.graphqlUrl });
    expect(unauthenticated.code).toBe(1);
    expect(unauthenticated.stderr).toMatch(/^✖ Example failed: GraphQL error: .*A valid API key is required.* \[UNAUTHENTICATED\]$/m);

    const nobody = await runClient({ PAYGRAPH_URL: 'http://127.0.0.1:9/graphql' });
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/^✖ Example failed: cannot reach http:\/\/127\.0\.0\.1:9\/graphql: .* Is Paygraph running \(npm start\)\?$/m);
  }, 30_000);
});
