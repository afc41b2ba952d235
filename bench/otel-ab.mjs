// OpenTelemetry A/B (issue 28): the same Paygraph (sandbox mode, the real entry point, embedded
// simulators, SANDBOX_DELAY_MS=0) measured with export off (no OTEL_* variable) and on
// (OTEL_EXPORTER_OTLP_ENDPOINT at a local sink that answers every export with 200), arms
// interleaved, autocannon on one read that reaches the provider (S1-like: `node(id)` of a Pix
// charge → one GET to the simulator), LOG_LEVEL=info (a log line per operation). Reports requests/s, latency and the Paygraph process's CPU
// per request (utime+stime from /proc, the figure least disturbed by a shared machine).
// Usage: node bench/otel-ab.mjs [--seconds=10] [--connections=50] [--rounds=2] [--baseline=/path/to/other/checkout] [--arms=baseline,off,on,sampled]
// (loopback only). --baseline adds an arm running another checkout's sources (e.g. the revision
// before OpenTelemetry) the same way, to show what the switched-off hooks cost.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const ROUNDS = arg('rounds', 2);
const TICKS = 100; // USER_HZ on Linux
const READ = 'query Read($id: ID!) { node(id: $id) { id ... on PixCharge { status txid } } }';

/** The OTLP sink: counts exports and bytes, answers 200 with an empty protobuf message. */
async function startSink() {
  const seen = { requests: 0, bytes: 0 };
  const server = createServer((req, res) => {
    req.on('data', (chunk) => (seen.bytes += chunk.length));
    req.on('end', () => {
      seen.requests++;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, close: () => server.close() };
}

const BASELINE = process.argv.find((a) => a.startsWith('--baseline='))?.split('=')[1];
const ARMS = (process.argv.find((a) => a.startsWith('--arms='))?.split('=')[1] ?? 'baseline,off,on,sampled').split(',');

async function startPaygraph(extraEnv, cwd = process.cwd()) {
  const child = spawn(process.execPath, ['--conditions=paygraph-source', '-r', 'ts-node/register', 'src/index.ts'], {
    cwd,
    env: {
      PATH: process.env.PATH,
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_SWC: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SANDBOX_DELAY_MS: '0',
      // As bench/lib/sut.ts: the rate limits stay on but far above what the load reaches.
      RATE_LIMIT_REQUESTS: '10000000',
      RATE_LIMIT_PROVIDER_CALLS: '10000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  for (let i = 0; i < 1200; i++) {
    const match = /GraphQL and GraphiQL: (http:\/\/\S+\/graphql)/.exec(output);
    if (match) {
      // From here on the log lines (one per operation, with trace ids when on) are written and dropped.
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      return { child, url: match[1].replace('localhost', '127.0.0.1') };
    }
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`Paygraph did not start:\n${output.slice(-2000)}`);
}

function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

async function gql(url, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

async function measure(label, env, cwd) {
  const { child, url } = await startPaygraph(env, cwd);
  try {
    const created = await gql(url, 'mutation { createPixCharge(input: { amount: "10.00" }) { pixCharge { id } } }');
    const id = created.data.createPixCharge.pixCharge.id;
    const body = JSON.stringify({ query: READ, variables: { id } });
    const check = await gql(url, READ, { id });
    if (check.errors || check.data?.node?.id !== id) throw new Error(`the read fails: ${JSON.stringify(check)}`);
    const options = { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS };
    await autocannon({ ...options, duration: 3 }); // warm-up (JIT, pools, token)
    const before = cpuTicks(child.pid);
    const result = await autocannon({ ...options, duration: SECONDS });
    const cpuMs = ((cpuTicks(child.pid) - before) * 1000) / TICKS;
    const requests = result.requests.total;
    return {
      label,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
      cpuUsPerRequest: Math.round((cpuMs * 1000) / requests),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const sink = await startSink();
const rows = [];
for (let round = 0; round < ROUNDS; round++) {
  if (BASELINE && ARMS.includes('baseline')) rows.push(await measure('baseline', {}, BASELINE));
  if (ARMS.includes('off')) rows.push(await measure('off', {}));
  if (ARMS.includes('on')) rows.push(await measure('on', { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url }));
  if (ARMS.includes('sampled'))
    rows.push(await measure('on, 10 % sampled', { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' }));
}
sink.close();
console.log(`${SECONDS} s × ${CONNECTIONS} connections per arm, ${ROUNDS} rounds, Node ${process.version}; sink received ${sink.seen.requests} exports, ${sink.seen.bytes} bytes`);
console.log('| arm | req/s | p50 ms | p99 ms | non-2xx + errors | Paygraph CPU µs/request |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.cpuUsPerRequest} |`);
