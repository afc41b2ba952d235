import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
const run = promisify(execFile);
/** A fresh Node process compiling Paygraph on the fly takes seconds, more on a loaded machine. */
const PROCESS_TIMEOUT_MS = 60_000;
jest.setTimeout(2 * PROCESS_TIMEOUT_MS);

/**
 * Starts Paygraph in a fresh process (sandbox mode, compiled on the fly as `npm start` runs its
 * build), sends one createPixCharge, and lists the OpenTelemetry packages the process loaded (the innermost `node_modules`: sdk-node keeps
 * its own copies of some). A
 * fresh process, because jest's own module registry cannot tell what a real Node process loaded.
 */
async function openTelemetryModulesLoaded(env: Record<string, string>): Promise<{ created: boolean; loaded: string[] }> {
  const script = `
    const { loadConfig } = require('./src/config');
    const { startPaygraph } = require('./src/app');
    startPaygraph(loadConfig(process.env)).then(async (app) => {
      const response = await fetch(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { createPixCharge(input: { amount: "1.00" }) { pixCharge { id } userErrors { code } } }' }),
      });
      const body = await response.json();
      const loaded = [...new Set(Object.keys(require.cache).map((file) => /.*node_modules\\/(@opentelemetry\\/[^/]+)/.exec(file)?.[1]).filter(Boolean))].sort();
      await app.close();
      console.log('RESULT ' + JSON.stringify({ created: Boolean(body.data?.createPixCharge?.pixCharge?.id), loaded }));
    });`;
  const { stdout } = await run(process.execPath, ['--conditions=paygraph-source', '-r', 'ts-node/register', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true', LOG_LEVEL: 'fatal', PORT: '0', HOST: '127.0.0.1', SANDBOX_DELAY_MS: '0', ...env },
    timeout: PROCESS_TIMEOUT_MS,
  });
  return JSON.parse(/^RESULT (.*)$/m.exec(stdout)![1]) as { created: boolean; loaded: string[] };
}

test('without OTEL_EXPORTER_OTLP_ENDPOINT no OpenTelemetry module is loaded, not even the API', async () => {
  const result = await openTelemetryModulesLoaded({});
  expect(result).toEqual({ created: true, loaded: [] });
});

test('with OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (or OTEL_EXPORTER_OTLP_ENDPOINT: trace-export.test.ts) the SDK is loaded: the check above can see it', async () => {
  // Nothing listens on port 9: exports fail quietly (within the export timeout), the process works as before.
  const result = await openTelemetryModulesLoaded({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:9/v1/traces', OTEL_EXPORTER_OTLP_TIMEOUT: '1000' });
  expect(result.created).toBe(true);
  expect(result.loaded).toEqual(expect.arrayContaining(['@opentelemetry/api', '@opentelemetry/sdk-node', '@opentelemetry/sdk-metrics', '@opentelemetry/exporter-trace-otlp-http']));
});
