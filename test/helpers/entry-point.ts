import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Runs the real entry point (`src/index.ts`, as `npm start` runs its build) in a child process,
 * compiled on the fly by ts-node with swc (no type-check: the suite's typecheck covers that). The
 * "paygraph-source" condition loads the simulators from their sources (packages/sandbox/src), as
 * jest does, instead of a build that `npm test` never makes.
 * Tests that need a process to die, restart or be signalled use this; everything else runs
 * Paygraph in-process (test/helpers/paygraph.ts).
 */
export interface EntryProcess {
  child: ChildProcess;
  /** GraphQL URL printed at start-up (127.0.0.1 form). */
  graphqlUrl: string;
  url: string;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
}

const ROOT = path.resolve(__dirname, '../..');

export function spawnEntry(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ['--conditions=paygraph-source', '-r', 'ts-node/register', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return { child, output: () => output, exited };
}

/** Starts the entry point and waits until it prints its GraphQL URL (or fails if it exits first). */
export async function startEntry(env: Record<string, string>, timeoutMs = 60_000): Promise<EntryProcess> {
  const started = spawnEntry({ PORT: '0', ...env });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /GraphQL and GraphiQL: (http:\/\/\S+\/graphql)/.exec(started.output());
    if (match) {
      const graphqlUrl = match[1].replace('localhost', '127.0.0.1');
      return { ...started, graphqlUrl, url: graphqlUrl.replace(/\/graphql$/, '') };
    }
    if (started.child.exitCode !== null || Date.now() > deadline) {
      started.child.kill('SIGKILL');
      throw new Error(`Paygraph did not start:\n${started.output().slice(-2_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills a child that a failed test left running (afterEach/afterAll safety net). */
export function killIfRunning(entry: { child: ChildProcess } | undefined): void {
  if (entry && entry.child.exitCode === null && entry.child.signalCode === null) entry.child.kill('SIGKILL');
}
