/**
 * Command line of bench/run.ts (options listed in docs/performance.md). `--quick` and the full grid
 * differ only in how much they run; `--profile` is a separate mode (profile-run.ts).
 */

export type TargetName = 'direct' | 'proxy' | 'layer' | 'before' | 'apollo' | 'gateway';
/** The S2 comparison's targets: Paygraph and the peers (apollo without, apollo-dl with a DataLoader). */
export type S2TargetName = 'layer' | 'apollo' | 'apollo-dl' | 'gateway';

export interface Settings {
  mode: 'quick' | 'full' | 'profile';
  warmupSec: number;
  durationSec: number;
  reps: number;
  /** Extra attempts for a grid point whose floor CV is above 10%. */
  maxReruns: number;
  s1Grid: Array<{ delayMs: number; connections: number; targets: TargetName[] }>;
  s2: Array<{ connections: number; durationSec: number }>;
  /** S2 side by side with the peers (one grid point at 20 ms): T3 compares CPU per query. */
  s2Compare: { connections: number; targets: S2TargetName[] };
  /** Throughput of 1 vs 2 Paygraph worker processes (node:cluster), S1 at 20 ms; absent: not run. */
  cluster?: { connections: number };
  s3Sec: number;
  s5SteadySec: number;
  s5BurstRequests: number;
  s6Sec: number;
  s7Subscribers: number;
  s7Events: number;
  s7Burst: number;
  only?: Set<string>;
}

export interface CliOptions {
  settings: Settings;
  /** A/B: another Paygraph build (e.g. the code before a change) measured side by side as target "before" in S0/S1. */
  compareEntry?: string;
  /** Experiments only: run every scenario against another build's entry point instead of dist/index.js. */
  sutEntry?: string;
  /** Experiments only: extra node flags for the SUT, e.g. --sut-flags=--max-semi-space-size=64 (comma-separated). */
  sutFlags: string[];
  /** Profile runs: a name for the .cpuprofile file (--label=). */
  profileLabel: string;
  /** Profile runs: S1 by default; --profile-query=S0 profiles the pipeline floor ({ __typename }). */
  profileQuery: string;
  /** --node=<path|major>: the binary of Paygraph, the peers and the proxy (default the machine's Node). */
  node?: string;
  /** --also-node=<path|major>[,…]: runtimes measured beside the primary one in S0/S1 (bench:quick: Node 24). */
  alsoNode: string[];
  /** --one-runtime: bench:quick without its second runtime. */
  oneRuntime: boolean;
  /** bench:quick gates its exit code on counts only unless --strict. */
  strict: boolean;
  saveBaseline: boolean;
}

/** `argv` without node and the script path (process.argv.slice(2)). */
export function parseCli(argv: string[]): CliOptions {
  return {
    settings: settingsFromArgs(argv),
    compareEntry: wholeValue(argv, 'compare-entry'),
    sutEntry: wholeValue(argv, 'sut-entry'),
    sutFlags: wholeValue(argv, 'sut-flags')?.split(',').filter(Boolean) ?? [],
    profileLabel: value(argv, 'label') ?? 'current',
    profileQuery: value(argv, 'profile-query')?.toUpperCase() ?? 'S1',
    node: wholeValue(argv, 'node'),
    alsoNode: wholeValue(argv, 'also-node')?.split(',').filter(Boolean) ?? [],
    oneRuntime: argv.includes('--one-runtime'),
    strict: argv.includes('--strict'),
    saveBaseline: argv.includes('--save-baseline'),
  };
}

/** `--name=value`: the text between the first '=' and a second one, if any. */
function value(argv: string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

/** `--name=value` with everything after the first '=': paths and node flags may contain one. */
function wholeValue(argv: string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
}

function settingsFromArgs(argv: string[]): Settings {
  const flag = (name: string) => argv.includes(`--${name}`);
  const only = value(argv, 'only')
    ? new Set(
        value(argv, 'only')!
          .split(',')
          .map((s) => s.trim().toUpperCase()),
      )
    : undefined;
  const subs = value(argv, 'subs') ? Number(value(argv, 'subs')) : undefined;
  if (flag('profile')) {
    return { ...quickSettings(), mode: 'profile', warmupSec: 3, durationSec: 10, reps: 1, only };
  }
  const base = flag('quick') ? quickSettings() : fullSettings();
  return { ...base, only, s7Subscribers: subs ?? base.s7Subscribers };
}

/** The CI subset; with its second runtime in S0/S1 (lib/runtime.ts) about 11 minutes on the 2-vCPU machine. */
function quickSettings(): Settings {
  return {
    mode: 'quick',
    warmupSec: 2,
    durationSec: 3,
    reps: 3,
    maxReruns: 1,
    s1Grid: [
      { delayMs: 20, connections: 50, targets: ['direct', 'proxy', 'layer', 'apollo', 'gateway'] },
      { delayMs: 0, connections: 50, targets: ['proxy', 'layer', 'apollo', 'gateway'] },
      // Paygraph's RSS at 200 connections on every runtime of the run (T8 reads it).
      { delayMs: 0, connections: 200, targets: ['layer'] },
    ],
    s2: [
      { connections: 50, durationSec: 3 },
      { connections: 200, durationSec: 3 },
    ],
    s2Compare: { connections: 50, targets: ['layer', 'apollo', 'apollo-dl', 'gateway'] },
    cluster: { connections: 200 },
    s3Sec: 3,
    s5SteadySec: 5,
    s5BurstRequests: 2_000,
    s6Sec: 4,
    s7Subscribers: 1_000,
    s7Events: 16,
    s7Burst: 0,
  };
}

/** The full grid: S1 at {0, 20 ms} × {50, 200} connections, longer runs (about 10–12 minutes). */
function fullSettings(): Settings {
  return {
    mode: 'full',
    warmupSec: 3,
    durationSec: 10,
    reps: 3,
    maxReruns: 2,
    s1Grid: [
      { delayMs: 20, connections: 50, targets: ['direct', 'proxy', 'layer', 'apollo', 'gateway'] },
      { delayMs: 0, connections: 50, targets: ['direct', 'proxy', 'layer', 'apollo', 'gateway'] },
      { delayMs: 20, connections: 200, targets: ['direct', 'proxy', 'layer', 'apollo', 'gateway'] },
      { delayMs: 0, connections: 200, targets: ['direct', 'proxy', 'layer'] },
    ],
    s2: [
      { connections: 50, durationSec: 10 },
      { connections: 200, durationSec: 10 },
    ],
    s2Compare: { connections: 50, targets: ['layer', 'apollo', 'apollo-dl', 'gateway'] },
    cluster: { connections: 200 },
    s3Sec: 10,
    s5SteadySec: 20,
    s5BurstRequests: 5_000,
    s6Sec: 10,
    s7Subscribers: 1_000,
    s7Events: 40,
    s7Burst: 20,
  };
}
