import { Writable } from 'node:stream';
import { request } from 'undici';
import { loadConfig } from '../../src/config';
import { startPaygraph, type RunningPaygraph, type StartOptions } from '../../src/app';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestPaygraph extends RunningPaygraph {
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Every log line written so far (JSON strings), for leak scans and log assertions. */
  logs: string[];
}

/** Starts a real Paygraph (sandbox mode, embedded simulator) on a random port, logs captured. */
export async function startTestPaygraph(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestPaygraph> {
  const logs: string[] = [];
  const logDestination = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'info', SANDBOX_DELAY_MS: '0', ...env });
  const app = await startPaygraph(config, {
    logDestination,
    ...options,
    astraSimulator: { sandboxDelayMs: 0, webhookRetryDelaysMs: [20, 20, 20], ...options.astraSimulator },
  });
  return Object.assign(app, {
    logs,
    async gql(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      // undici.request rather than fetch: a fraction of the client-side CPU, so tests that fire
      // 1,000 concurrent operations measure the server, not the test's own HTTP client.
      const response = await request(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.body.json()) as GraphQLResponse;
    },
  });
}

/** Polls `check` until it returns a value (bounded: fails the test instead of hanging). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 5_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
