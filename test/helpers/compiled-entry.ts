import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import type { EntryProcess } from './entry-point';

/**
 * The entry point compiled once (src/ → a temp dir, CommonJS, with swc and the options jest uses),
 * for tests that start several Paygraph processes and restart them under load: each start then
 * only loads JavaScript, as `node dist/index.js` does, instead of compiling 400 files again
 * (entry-point.ts). Live mode only: it never loads the simulators' TypeScript sources.
 */
const ROOT = path.resolve(__dirname, '../..');

let compiled: string | undefined;

export function compileEntry(): string {
  if (compiled) return compiled;
  // Inside the repository (test-output/ is git-ignored), so the compiled files resolve
  // node_modules as src/ does, for require and import() alike.
  mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  const out = mkdtempSync(path.join(ROOT, 'test-output', 'compiled-entry-'));
  copyTree(path.join(ROOT, 'src'), path.join(out, 'src'));
  compiled = out;
  return out;
}

/** Removes the compiled copy (call once every process started from it has exited). */
export function removeCompiledEntry(): void {
  if (compiled) rmSync(compiled, { recursive: true, force: true });
  compiled = undefined;
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) copyTree(source, path.join(to, entry.name));
    else if (entry.name.endsWith('.ts')) {
      const { code } = transformFileSync(source, {
        jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: false,
      });
      writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), code);
    } else copyFileSync(source, path.join(to, entry.name));
  }
}

/** Starts the compiled entry point; resolves once it prints its GraphQL URL. */
export async function startCompiledEntry(env: Record<string, string>, timeoutMs = 60_000): Promise<EntryProcess> {
  const dir = compileEntry();
  const child = spawn(process.execPath, [path.join(dir, 'src', 'index.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000)));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /GraphQL and GraphiQL: (http:\/\/\S+\/graphql)/.exec(output);
    if (match) {
      const graphqlUrl = match[1].replace('localhost', '127.0.0.1');
      return { child, output: () => output, exited, graphqlUrl, url: graphqlUrl.replace(/\/graphql$/, '') };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Paygraph did not start:\n${output.slice(-2_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
