/**
 * Which Node binary runs the measured processes (Paygraph, the peers, the thin proxy). The load
 * side (driver, simulator, subscriber fleet) always stays on the machine's Node, so a change of
 * runtime changes only what is measured.
 *
 * `--node=<path|major>` moves the whole harness's measured side to another binary; bench:quick
 * (or `--also-node=`) adds a second runtime side by side in S0/S1, its targets suffixed
 * `@node<major>`. A major such as `24` is fetched from the npm registry by
 * scripts/node-runtime.mjs into a cache outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './proc';

export interface Runtime {
  /** Absolute path of the node binary. */
  node: string;
  /** `process.version` of that binary, e.g. v24.22.3. */
  version: string;
  /** `node24`: the suffix of this runtime's target names when it runs beside another. */
  label: string;
}

/** The runtime the main Paygraph, the peers and the proxy use unless told otherwise (--node=). */
let primary: Runtime | undefined;

export function runtimeOf(node: string): Runtime {
  const probe = spawnSync(node, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`${node} --version failed: ${probe.error?.message ?? probe.stderr}`);
  const version = probe.stdout.trim();
  return { node, version, label: `node${version.slice(1).split('.')[0]}` };
}

/** The Node this driver runs on: the load side's, and CI's. */
export function machineRuntime(): Runtime {
  return { node: process.execPath, version: process.version, label: `node${process.versions.node.split('.')[0]}` };
}

/** A path is used as is; a bare version (`24`, `24.11.1`) is fetched into the cache first. */
export function resolveRuntime(spec: string): Runtime {
  if (!/^\d+(\.\d+\.\d+)?$/.test(spec)) return runtimeOf(spec);
  const fetched = spawnSync(process.execPath, [join(ROOT, 'scripts', 'node-runtime.mjs'), spec], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const path = fetched.stdout?.trim().split('\n').at(-1);
  if (fetched.status !== 0 || !path) throw new Error(`could not fetch Node ${spec} (scripts/node-runtime.mjs exited ${fetched.status})`);
  return runtimeOf(path);
}

export function setPrimaryRuntime(runtime: Runtime): void {
  primary = runtime;
}

export function primaryRuntime(): Runtime {
  return primary ?? machineRuntime();
}

export interface RunRuntimes {
  primary: Runtime;
  /** Runtimes measured beside the primary one in S0/S1 (targets suffixed `@<label>`). */
  side: Runtime[];
  /** Why a requested runtime is missing from this run (e.g. the registry was unreachable). */
  notes: string[];
}

/**
 * The runtimes of one run. `--node=` sets the primary one (default: the machine's Node).
 * bench:quick also measures Node 24 beside it (or the machine's Node, when the primary already is
 * a Node 24), so one run shows both; `--also-node=` names the side runtimes explicitly and
 * `--one-runtime` drops them. A side runtime that cannot be fetched is reported, not fatal.
 */
export function runRuntimes(options: { node?: string; alsoNode: string[]; oneRuntime: boolean; mode: string }): RunRuntimes {
  const primary = options.node ? resolveRuntime(options.node) : machineRuntime();
  let specs = options.alsoNode;
  if (!specs.length && options.mode === 'quick' && !options.oneRuntime) specs = [primary.label === 'node24' ? process.execPath : '24'];
  if (options.mode === 'profile') specs = [];
  const side: Runtime[] = [];
  const notes: string[] = [];
  for (const spec of specs) {
    try {
      const runtime = resolveRuntime(spec);
      if (runtime.version !== primary.version && !side.some((other) => other.version === runtime.version)) side.push(runtime);
    } catch (error) {
      notes.push(`Node ${spec} not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { primary, side, notes };
}
