/**
 * Child processes of the bench: spawned pinned to one core with `taskset`, tracked so the driver
 * kills exactly the processes it started (by pid, never by name), asked over IPC, and waited for
 * until they are ready. What they cost is read from /proc in proc-metrics.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

const started = new Set<ChildProcess>();

export interface Child {
  name: string;
  pid: number;
  proc: ChildProcess;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
  /** Request/reply over the IPC channel (children spawned with `ipc: true`). */
  ask<T>(cmd: string, args?: unknown): Promise<T>;
}

export interface SpawnOptions {
  name: string;
  /** CPU core(s) to pin to (taskset -c): a core number or a list such as '0,1'. */
  core: number | string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** File for stdout ('/dev/null' to discard). Default: discard. */
  logFile?: string;
  /** File for stderr. Default: the stdout file, or inherit. */
  errFile?: string;
  ipc?: boolean;
  /** Working directory; default the repository root. */
  cwd?: string;
}

/** Pins the current process (all threads) to `core`. */
export function pinSelf(core: number): void {
  spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
}

export function spawnPinned(options: SpawnOptions): Child {
  const out = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const err = options.errFile ? openSync(options.errFile, 'a') : typeof out === 'number' ? out : 'inherit';
  const stdio: Array<'ignore' | 'inherit' | 'ipc' | number> = ['ignore', out, err];
  if (options.ipc) stdio.push('ipc');
  // taskset execs the command: the child's pid is the measured process's pid.
  const proc = spawn('taskset', ['-c', String(options.core), options.command, ...options.args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    stdio,
  });
  if (typeof out === 'number') closeSync(out);
  if (typeof err === 'number' && err !== out) closeSync(err);
  started.add(proc);
  const exited = new Promise<number | null>((resolveExit) => {
    proc.once('exit', (code) => {
      started.delete(proc);
      resolveExit(code);
    });
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  proc.on('message', (message: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
    if (typeof message?.id !== 'number') return;
    const waiter = waiting.get(message.id);
    if (!waiter) return;
    waiting.delete(message.id);
    if (message.ok) waiter.resolve(message.result);
    else waiter.reject(new Error(message.error));
  });
  return {
    name: options.name,
    pid: proc.pid!,
    proc,
    exited,
    async stop(graceMs = 5_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    ask<T>(cmd: string, args?: unknown): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolveAsk, rejectAsk) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          rejectAsk(new Error(`${options.name}: no IPC answer to ${cmd}`));
        }, 120_000);
        waiting.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolveAsk(value as T);
          },
          reject: (error) => {
            clearTimeout(timer);
            rejectAsk(error);
          },
        });
        proc.send({ id, cmd, args });
      });
    },
  };
}

/** The `{ ready: true }` message a bench child process sends once it listens. */
export function isReadyMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { ready?: unknown }).ready === true;
}

/** Waits for the first IPC message matching `predicate` (e.g. a "ready" message). */
export function waitForMessage<T>(child: Child, predicate: (message: unknown) => boolean, timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolveWait, rejectWait) => {
    const timer = setTimeout(() => {
      cleanup();
      rejectWait(new Error(`${child.name}: not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: unknown) => {
      if (!predicate(message)) return;
      cleanup();
      resolveWait(message as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      rejectWait(new Error(`${child.name} exited with code ${code} before it was ready`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.proc.off('message', onMessage);
      child.proc.off('exit', onExit);
    };
    child.proc.on('message', onMessage);
    child.proc.once('exit', onExit);
  });
}

/** Kills every child still running (driver exit, Ctrl-C). Only processes this driver started. */
export function killAllStarted(): void {
  for (const proc of started) {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  }
  started.clear();
}

export async function stopAll(children: Array<Child | undefined>): Promise<void> {
  await Promise.all(children.filter((child): child is Child => child !== undefined).map((child) => child.stop()));
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls `url` until it answers 2xx (bounded). */
export async function waitForHttp(url: string, timeoutMs = 60_000, child?: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && (child.proc.exitCode !== null || child.proc.signalCode !== null)) {
      throw new Error(`${child.name} exited (code ${child.proc.exitCode}) before ${url} answered`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
