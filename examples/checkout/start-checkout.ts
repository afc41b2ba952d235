import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { loadConfig } from '../../src/config';
import { startPaygraph, type RunningPaygraph, type StartOptions } from '../../src/app';
import { merchantHandler } from './server/merchant';

/** The page's trusted documents (npm run codegen): the only operations its credentials may run. */
export const CHECKOUT_MANIFEST = path.join(__dirname, 'web', 'src', 'graphql', 'persisted-documents.json');
const BUILD_SCRIPT = path.join(__dirname, 'build-page.mjs');

export interface CheckoutOptions {
  /** 0 picks a free port. */
  paygraphPort: number;
  merchantPort: number;
  /** The built page (buildCheckoutPage). */
  webRoot: string;
  /** Paygraph's log lines (default: stdout) and level (default warn: the terminal stays readable). */
  logDestination?: DestinationStream;
  logLevel?: 'info' | 'warn';
  /** Simulator options (the test shortens the sandbox delay). */
  astraSimulator?: StartOptions['astraSimulator'];
}

export interface RunningCheckout {
  /** Where a shopper opens the checkout. */
  pageUrl: string;
  paygraph: RunningPaygraph;
  /** The merchant's server key, for whoever started the example (the test); the page never gets it. */
  serverKey: string;
  close(): Promise<void>;
}

/** Runs build-page.mjs (Vite) in a child process; rejects with its output when it fails. */
export function buildCheckoutPage(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_SCRIPT, outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Starts the whole example on loopback: the merchant server first (its origin is the page's, which
 * Paygraph binds the publishable key and client tokens to), then Paygraph in sandbox mode with
 * fresh keys, the page's manifest as TRUSTED_DOCUMENTS and that origin in CORS_ORIGINS.
 */
export async function startCheckout(options: CheckoutOptions): Promise<RunningCheckout> {
  const merchant = createServer();
  await new Promise<void>((resolve, reject) => merchant.once('error', reject).listen(options.merchantPort, '127.0.0.1', resolve));
  const pageOrigin = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
  const serverKey = `sk_checkout_${randomBytes(16).toString('hex')}`;
  const publishableKey = `pk_checkout_${randomBytes(16).toString('hex')}`;
  let paygraph: RunningPaygraph;
  try {
    const config = loadConfig({
      PORT: String(options.paygraphPort),
      LOG_LEVEL: options.logLevel ?? 'warn',
      API_KEYS: `checkout-merchant=${serverKey}:read+write+cards`,
      CLIENT_TOKEN_KEYS: `checkout:${randomBytes(32).toString('hex')}`,
      PUBLISHABLE_KEYS: `checkout-page=${publishableKey}@${pageOrigin}`,
      CORS_ORIGINS: pageOrigin,
      TRUSTED_DOCUMENTS: CHECKOUT_MANIFEST,
    });
    paygraph = await startPaygraph(config, { logDestination: options.logDestination, astraSimulator: options.astraSimulator });
  } catch (error) {
    await closeServer(merchant);
    throw error;
  }
  merchant.on(
    'request',
    merchantHandler({
      graphqlUrl: paygraph.graphqlUrl,
      wsUrl: paygraph.wsUrl,
      serverKey,
      publishableKey,
      pageOrigin,
      webRoot: path.resolve(options.webRoot),
      sandbox: paygraph.config.mode === 'sandbox',
    }),
  );
  return {
    pageUrl: `${pageOrigin}/`,
    paygraph,
    serverKey,
    close: async () => {
      await closeServer(merchant);
      await paygraph.close();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
