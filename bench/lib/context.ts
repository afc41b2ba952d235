/**
 * What every part of one bench run shares: the parsed command line and where this run writes.
 * One timestamp names both the result file and the log folder, so they can be matched later.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CliOptions } from './cli';
import { ROOT } from './proc';

export interface RunContext extends CliOptions {
  stamp: string;
  /** bench/results: <stamp>.json, <stamp>-profile.json, profiles/. */
  resultsDir: string;
  /** bench/results/<stamp>: the stdout/stderr of every process this run starts. */
  logDir: string;
}

export function createRunContext(cli: CliOptions): RunContext {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const resultsDir = join(ROOT, 'bench', 'results');
  const logDir = join(resultsDir, stamp);
  mkdirSync(logDir, { recursive: true });
  return { ...cli, stamp, resultsDir, logDir };
}
