/**
 * Micro-benchmark of one ky call with and without its per-call Request clone (issue 29): the same
 * ky instance options as provider-http.ts, a fetch that answers at once (no network), CPU per call
 * (process.cpuUsage) over 100,000 calls, the two variants alternating in fresh processes.
 *
 *   TS_NODE_PROJECT=bench/tsconfig.json node -r ts-node/register bench/micro/ky-no-retry-clone.ts [rounds]
 */
import { spawnSync } from 'node:child_process';
import ky from 'ky';
import { skipRetryClone } from '../../src/datasources/http/ky-no-retry-clone';

const CALLS = 100_000;

async function measure(variant: string): Promise<number> {
  const answer = { status: 200, ok: true, headers: new Headers(), body: null, text: () => Promise.resolve('{}') };
  const api = ky.create({
    prefixUrl: 'http://127.0.0.1:9/',
    headers: { accept: 'application/json' },
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    redirect: 'manual',
    fetch: (() => Promise.resolve(answer)) as unknown as typeof fetch,
    hooks: variant === 'no-clone' ? { beforeRequest: [skipRetryClone] } : {},
  });
  const run = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const response = await api('charge/v1/dynamic/abc', { method: 'GET', headers: { 'x-transaction-id': `tx-${i}`, authorization: 'Bearer token' } });
      await response.text();
    }
  };
  await run(20_000);
  const before = process.cpuUsage();
  await run(CALLS);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / CALLS;
}

if (process.argv[2] === 'child') {
  void measure(process.argv[3] ?? '').then((us) => process.stdout.write(`${us.toFixed(2)}\n`));
} else {
  const rounds = Number(process.argv[2] ?? 3);
  for (let round = 1; round <= rounds; round++) {
    const line = ['ky 1 as is', 'no-clone'].map((variant) => {
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, 'child', variant], { encoding: 'utf8' });
      return `${variant}: ${child.stdout.trim()} µs/call`;
    });
    console.log(`round ${round}: ${line.join(', ')}`);
  }
}
