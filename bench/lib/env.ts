/**
 * What every process the bench starts has in common: the core it is pinned to, the API key Paygraph
 * accepts, ts-node for the TypeScript helpers, and an environment without the variables that would
 * change Paygraph's mode or provider. The processes themselves: simulator.ts, sut.ts,
 * subscriber-fleet.ts.
 */
import { join } from 'node:path';
import { ROOT } from './proc';

/** Paygraph (or the thin proxy) alone on this core, so the CPU it shows is its own. */
export const SUT_CORE = 0;
/** The simulator, the driver (autocannon) and the subscriber fleet share the other core. */
export const LOAD_CORE = 1;
export const API_KEY = 'bench-key-0123456789abcdef';
/** NODE_ENV=production hides /metrics unless a token is set; S7 reads its subscriber gauge there. */
export const METRICS_TOKEN = 'bench-metrics-0123456789abcdef';
/** The helper processes are TypeScript, run through ts-node with the bench's own tsconfig. */
export const TS_NODE = ['-r', 'ts-node/register'];
export const TS_ENV = { TS_NODE_PROJECT: join(ROOT, 'bench', 'tsconfig.json') };

/** The environment of a child without anything that would change Paygraph's mode or provider. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(ASTRA_|PAGSTAR_|SANDBOX_|API_KEYS$|PUBLIC_URL$|PORT$|HOST$|NODE_OPTIONS$|NODE_ENV$|LOG_LEVEL$|METRICS_TOKEN$|RATE_LIMIT_|BENCH_STATS_PORT$|npm_)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}
