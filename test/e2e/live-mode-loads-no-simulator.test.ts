import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts Paygraph in a fresh process (as `npm start` does, compiled on the fly) and lists the
 * modules it loaded from src/sandbox. A fresh process, because jest's own module registry cannot
 * tell what a real Node process would have loaded.
 */
async function sandboxModulesLoaded(env: Record<string, string>): Promise<{ mode: string; loaded: string[] }> {
  const script = `
    const path = require('node:path');
    const { loadConfig } = require('./src/config');
    const { startPaygraph } = require('./src/app');
    startPaygraph(loadConfig(process.env)).then(async (app) => {
      const marker = path.join('src', 'sandbox') + path.sep;
      const loaded = Object.keys(require.cache).filter((file) => file.includes(marker)).map((file) => path.relative(process.cwd(), file));
      await app.close();
      console.log('RESULT ' + JSON.stringify({ mode: app.config.mode, loaded }));
    });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true', LOG_LEVEL: 'fatal', PORT: '0', HOST: '127.0.0.1', ...env },
    timeout: 60_000,
  });
  return JSON.parse(/^RESULT (.*)$/m.exec(stdout)![1]) as { mode: string; loaded: string[] };
}

describe('the simulators are loaded only in sandbox mode', () => {
  test('live mode (provider credentials configured) loads no simulator module', async () => {
    const result = await sandboxModulesLoaded({
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
    const result = await sandboxModulesLoaded({});
    expect(result.mode).toBe('sandbox');
    expect(result.loaded).toEqual(expect.arrayContaining([path.join('src', 'sandbox', 'astra', 'index.ts'), path.join('src', 'sandbox', 'pagstar', 'index.ts')]));
  });
});
