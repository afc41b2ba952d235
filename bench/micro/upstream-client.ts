/**
 * Micro-benchmark of the upstream client ladder: CPU per GET (process.cpuUsage) for undici.request,
 * fetch, ky over fetch, ky over an undici-backed fetch, and provider-http itself. The server runs
 * in a child process on the other core; this process is pinned to core 0.
 *
 *   TS_NODE_PROJECT=bench/tsconfig.json node -r ts-node/register bench/micro/upstream-client.ts
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import ky from 'ky';
import { Agent, Pool, request as undiciRequest } from 'undici';
import { createProviderHttp } from '../../src/datasources/http/provider-http';
import { runWithProviderCallBudget } from '../../src/datasources/http/provider-call-budget';
import { createUndiciFetch } from '../../src/datasources/http/undici-fetch';

const BODY = JSON.stringify({
  txid: 'x'.repeat(32),
  status: 'ACTIVE',
  amount: 10,
  pixCopiaECola: 'y'.repeat(200),
  createdAt: new Date().toISOString(),
  debtor: null,
  payment: null,
});

if (process.argv[2] === 'server') {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
      res.end(BODY);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send!((server.address() as { port: number }).port));
} else {
  void main();
}

/** Every variant parses the body the same way; the value itself is not used. */
const parseBody = (text: string): unknown => JSON.parse(text);

async function main(): Promise<void> {
  spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  const child = fork(__filename, ['server'], { execArgv: process.execArgv });
  spawnSync('taskset', ['-a', '-p', '-c', '1', String(child.pid)], { stdio: 'ignore' });
  const port = await new Promise<number>((resolve) => child.once('message', (p) => resolve(p as number)));
  const origin = `http://127.0.0.1:${port}`;
  const pool = new Pool(origin, { connections: 64, pipelining: 1 });
  const agent = new Agent({ connections: 64, pipelining: 1 });
  const headers = { accept: 'application/json', authorization: 'Bearer abc', 'x-transaction-id': '8a6e0804-2bd0-4672-b79d-d97027f23b90' };

  const variants: Record<string, () => Promise<unknown>> = {
    'undici.request (Pool)': async () => {
      const { body } = await pool.request({ method: 'GET', path: '/charge/v1/dynamic/abc', headers });
      return parseBody(await body.text());
    },
    'undici.request (global)': async () => {
      const { body } = await undiciRequest(`${origin}/charge/v1/dynamic/abc`, { headers, dispatcher: agent });
      return parseBody(await body.text());
    },
    'global fetch': async () => parseBody(await (await fetch(`${origin}/charge/v1/dynamic/abc`, { headers })).text()),
    'global fetch + undici Agent dispatcher': async () => parseBody(await (await fetch(`${origin}/charge/v1/dynamic/abc`, { headers, dispatcher: agent } as RequestInit)).text()),
  };
  const kyGlobal = ky.create({ prefixUrl: origin, retry: 0, timeout: false, throwHttpErrors: false, redirect: 'manual', fetch: globalThis.fetch.bind(globalThis) });
  variants['ky + global fetch'] = async () => parseBody(await (await kyGlobal('charge/v1/dynamic/abc', { headers })).text());
  const kyAgent = ky.create({
    prefixUrl: origin,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    redirect: 'manual',
    fetch: ((i: RequestInfo, init?: RequestInit) => fetch(i, { ...init, dispatcher: agent } as RequestInit)) as typeof fetch,
  });
  variants['ky + fetch(dispatcher)'] = async () => parseBody(await (await kyAgent('charge/v1/dynamic/abc', { headers })).text());
  const http = createProviderHttp({
    provider: 'ASTRA',
    prefixUrl: origin,
    timeoutMs: 10_000,
    deadlineMs: 25_000,
    retry: { limit: 2, backoffBaseMs: 100, backoffCapMs: 2000, retryAfterCapMs: 5000 },
    mapError: () => new Error('x'),
  });
  variants['provider-http (as built)'] = () => http.get('charge/v1/dynamic/abc', { headers: { authorization: 'Bearer abc' } });
  // Run alone (ONLY=budget): once a scope has run, AsyncLocalStorage stays on for every later variant.
  variants['provider-http in a provider-call budget'] = () =>
    runWithProviderCallBudget(Number.MAX_SAFE_INTEGER, () => http.get('charge/v1/dynamic/abc', { headers: { authorization: 'Bearer abc' } }));

  const kyA = ky.create({ prefixUrl: origin, retry: 0, timeout: false, throwHttpErrors: false, redirect: 'manual', fetch: createUndiciFetch(agent) });
  variants['ky + undici adapter (src)'] = async () => parseBody(await (await kyA('charge/v1/dynamic/abc', { headers })).text());
  variants['ky + undici adapter + caller AbortSignal'] = async () => {
    const c = new AbortController();
    const t = setTimeout(() => c.abort(), 10000);
    const r = parseBody(await (await kyA('charge/v1/dynamic/abc', { headers, signal: c.signal })).text());
    clearTimeout(t);
    return r;
  };
  variants['new Request x1000'] = () => {
    for (let i = 0; i < 1000; i++) new Request('http://127.0.0.1:1/a/b', { headers: { a: 'b' }, method: 'GET' });
    return Promise.resolve();
  };
  variants['new Request+signal+clone x1000'] = () => {
    for (let i = 0; i < 1000; i++) {
      const ac = new AbortController();
      new Request('http://127.0.0.1:1/a/b', { headers: { a: 'b' }, method: 'GET', signal: ac.signal }).clone();
    }
    return Promise.resolve();
  };
  const only = process.env.ONLY;
  for (const [name, call] of Object.entries(variants)) {
    if (only && !name.includes(only)) continue;
    const total = name.includes('x1000') ? 200 : 20_000;
    await run(call, total / 5, 50); // warm-up
    const before = process.cpuUsage();
    const started = process.hrtime.bigint();
    await run(call, total, 50);
    const cpu = process.cpuUsage(before);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`${name.padEnd(42)} ${((cpu.user + cpu.system) / 1000 / total).toFixed(4)} ms CPU/call   ${Math.round((total / ms) * 1000)} calls/s\n`);
  }
  child.kill();
  await pool.close();
  await agent.close();
}

async function run(call: () => Promise<unknown>, total: number, concurrency: number): Promise<void> {
  let left = total;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) await call();
    }),
  );
}
