import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');
const SIMULATORS = path.join(ROOT, 'packages', 'sandbox') + path.sep;
const run = promisify(execFile);
/** A fresh Node process compiling Paygraph on the fly takes seconds, more on a loaded machine. */
const PROCESS_TIMEOUT_MS = 60_000;
jest.setTimeout(PROCESS_TIMEOUT_MS);

/**
 * Starts Paygraph in a fresh process (as `npm start` does, compiled on the fly) and lists the
 * modules it loaded from the simulator package (packages/sandbox). A fresh process, because jest's
 * own module registry cannot tell what a real Node process would have loaded. The
 * "paygraph-source" condition makes `@paygraph/sandbox/*` resolve to the package's TypeScript
 * sources, as jest and tsc do (packages/sandbox/package.json "exports").
 */
async function simulatorModulesLoaded(env: Record<string, string>): Promise<{ mode: string; loaded: string[] }> {
  const script = `
    const path = require('node:path');
    const { loadConfig } = require('./src/config');
    const { startPaygraph } = require('./src/app');
    startPaygraph(loadConfig(process.env)).then(async (app) => {
      const loaded = Object.keys(require.cache).filter((file) => file.startsWith(${JSON.stringify(SIMULATORS)})).map((file) => path.relative(process.cwd(), file));
      await app.close();
      console.log('RESULT ' + JSON.stringify({ mode: app.config.mode, loaded }));
    });`;
  const { stdout } = await run(process.execPath, ['--conditions=paygraph-source', '-r', 'ts-node/register', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true', LOG_LEVEL: 'fatal', PORT: '0', HOST: '127.0.0.1', ...env },
    timeout: PROCESS_TIMEOUT_MS,
  });
  return JSON.parse(/^RESULT (.*)$/m.exec(stdout)![1]) as { mode: string; loaded: string[] };
}

describe('the simulators are loaded only in sandbox mode', () => {
  test('live mode (provider credentials configured) loads no simulator module', async () => {
    const result = await simulatorModulesLoaded({
      ASTRA_CLIENT_ID: 'client',
      ASTRA_CLIENT_SECRET: 'secret-value-1234',
      // Nothing listens there: start-up does not depend on reaching Astra.
      ASTRA_BASE_URL: 'http://127.0.0.1:9/api',
      ASTRA_TOKEN_URL: 'http://127.0.0.1:9/oauth/token',
      API_KEYS: 'k1=test-client-key-0123456789',
    });
    expect(result).toEqual({ mode: 'live', loaded: [] });
  });

  test('sandbox mode loads them (the check above can see them)', async () => {
    const result = await simulatorModulesLoaded({});
    expect(result.mode).toBe('sandbox');
    const source = path.join('packages', 'sandbox', 'src');
    expect(result.loaded).toEqual(expect.arrayContaining([path.join(source, 'astra', 'index.ts'), path.join(source, 'pagstar', 'index.ts')]));
  });
});

describe('the product build holds no simulator code', () => {
  /** The files `npm run build` compiles for dist/ (tsconfig.build.json), without emitting them. */
  async function productBuildInputs(): Promise<string[]> {
    const tsc = require.resolve('typescript/bin/tsc');
    const { stdout } = await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: ROOT, timeout: PROCESS_TIMEOUT_MS });
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((file) => path.relative(ROOT, path.resolve(ROOT, file)));
  }

  test('every file compiled into dist/ comes from src/, and none of them is a simulator', async () => {
    const inputs = await productBuildInputs();
    // Declarations (.d.ts, .d.cts, .d.mts) are read for their types and emit nothing: the
    // package's own, once built, are among them, as are those of every library.
    const compiled = inputs.filter((file) => !/\.d\.[cm]?ts$/.test(file));
    expect(compiled.length).toBeGreaterThan(100);
    expect(compiled.filter((file) => !file.startsWith(`src${path.sep}`))).toEqual([]);
    expect(compiled.filter((file) => /sandbox[\\/](astra|pagstar|shared)[\\/]/.test(file))).toEqual([]);
  });
});
