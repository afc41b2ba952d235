#!/usr/bin/env node
/**
 * Builds the checkout page (examples/checkout/web) with Vite's programmatic API:
 *
 *   node examples/checkout/build-page.mjs <outDir>
 *
 * A script of its own because Vite is an ES module that jest's CommonJS runtime cannot load:
 * start.ts and the Chromium test both run it as a child process. React's JSX goes through Vite's
 * built-in transform (automatic runtime); no plugin is needed for a production build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'web');
if (!process.argv[2]) {
  console.error('usage: node examples/checkout/build-page.mjs <outDir>');
  process.exit(2);
}
const outDir = path.resolve(process.argv[2]);

// A production bundle whatever NODE_ENV the caller has (jest sets "test"): urql's development
// checks read an operation's type from its definitions, and the page's documents have none (hash only).
process.env.NODE_ENV = 'production';
await build({
  root,
  configFile: false,
  mode: 'production',
  logLevel: 'warn',
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir, emptyOutDir: true, sourcemap: false },
});
console.log(`Checkout page built into ${outDir}`);
