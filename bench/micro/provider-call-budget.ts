/**
 * A/B of the per-operation provider-call budget (src/datasources/http/provider-call-budget.ts):
 * CPU per `node(id:)` query (one Astra GET) through a real sandbox Paygraph, with the budget scope
 * as built ("scope") and with `AsyncLocalStorage.prototype.run` replaced by a plain call so no
 * scope exists and AsyncLocalStorage is never enabled ("baseline"). Each run is a fresh process; the modes alternate to spread machine noise.
 *
 *   TS_NODE_PROJECT=bench/tsconfig.json node -r ts-node/register bench/micro/provider-call-budget.ts [rounds]
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFileSync, spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { request } from 'undici';

const QUERIES = 4_000;
const CONCURRENCY = 20;

if (process.argv[2] === 'baseline' || process.argv[2] === 'scope') {
  void measure(process.argv[2]);
} else {
  const rounds = Number(process.argv[2] ?? 3);
  const results: Record<string, number[]> = { baseline: [], scope: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['baseline', 'scope'] as const) {
      const out = execFileSync(process.execPath, [...process.execArgv, __filename, mode], { encoding: 'utf8', env: process.env });
      results[mode].push(Number(/cpuMsPerQuery=([\d.]+)/.exec(out)![1]));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [mode, values] of Object.entries(results))
    process.stdout.write(`${mode.padEnd(9)} CPU ms/query ${values.map((v) => v.toFixed(3)).join(' ')}  median ${median(values).toFixed(3)}\n`);
  const delta = median(results.scope) / median(results.baseline) - 1;
  process.stdout.write(`scope vs baseline: ${(delta * 100).toFixed(1)} % (node ${process.version})\n`);
}

async function measure(mode: 'baseline' | 'scope'): Promise<void> {
  spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  if (mode === 'baseline') {
    // Nothing else in the process uses AsyncLocalStorage: a `run` that only calls back leaves it
    // off (no async hook), and every provider call sees no scope, as before the budget.
    AsyncLocalStorage.prototype.run = function <R>(_store: unknown, callback: (...args: unknown[]) => R, ...args: unknown[]): R {
      return callback(...args);
    };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadConfig } = require('../../src/config') as typeof import('../../src/config');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startPaygraph } = require('../../src/app') as typeof import('../../src/app');
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'warn', SANDBOX_DELAY_MS: '0', RATE_LIMIT_REQUESTS: '0', RATE_LIMIT_PROVIDER_CALLS: '0' });
  const app = await startPaygraph(config, { logDestination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await request(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.body.json()) as { data?: { createPixCharge?: { pixCharge: { id: string } } }; errors?: unknown[] };
  };
  const created = await gql('mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } } }', {});
  const id = created.data!.createPixCharge!.pixCharge.id;
  const node = async () => {
    const result = await gql('query($id: ID!) { node(id: $id) { id ... on PixCharge { status } } }', { id });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
  await run(node, QUERIES / 4); // warm-up
  const before = process.cpuUsage();
  await run(node, QUERIES);
  const cpu = process.cpuUsage(before);
  process.stdout.write(`cpuMsPerQuery=${((cpu.user + cpu.system) / 1000 / QUERIES).toFixed(4)}\n`);
  await app.close();
}

async function run(call: () => Promise<void>, total: number): Promise<void> {
  let left = total;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await call();
    }),
  );
}
