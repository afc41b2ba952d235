/**
 * Summarizes a V8 .cpuprofile (from `node --cpu-prof`): top self-time frames and self time per
 * package, as Markdown. Usable alone: `npm run bench:profile-summary -- <file.cpuprofile> [top]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface FrameShare {
  frame: string;
  selfMs: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Inclusive time (self + callees) of named subsystems; a sample counts once per category. */
  inclusive: FrameShare[];
  /** Everything except (idle) and (program)/(garbage collector) shown separately. */
  frames: FrameShare[];
  packages: FrameShare[];
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Self time per node from samples × time deltas (µs).
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i + 1] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + delta);
  }
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  const categoriesOf = new Map<number, string[]>();
  const stackCategories = (id: number): string[] => {
    const cached = categoriesOf.get(id);
    if (cached) return cached;
    const found = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      for (const [name, test] of CATEGORIES) if (test(frame.url, frame.functionName)) found.add(name);
    }
    const list = [...found];
    categoriesOf.set(id, list);
    return list;
  };
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    totalUs += us;
    const where = shortUrl(url);
    const frame = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    frames.set(frame, (frames.get(frame) ?? 0) + us);
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    for (const category of stackCategories(id)) inclusive.set(category, (inclusive.get(category) ?? 0) + us);
  }
  const toShares = (map: Map<string, number>, limit: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([frame, us]) => ({ frame, selfMs: Math.round(us / 100) / 10, percent: Math.round((us / totalUs) * 1000) / 10 }));
  return { totalMs: Math.round(totalUs / 1000), inclusive: toShares(inclusive, 50), frames: toShares(frames, top), packages: toShares(packages, 20) };
}

type Test = (url: string, functionName: string) => boolean;
const inUrl =
  (part: string): Test =>
  (url) =>
    url.includes(part);
const named =
  (name: string, part?: string): Test =>
  (url, fn) =>
    fn === name && (!part || url.includes(part));

/** Subsystems worth an inclusive figure (what a request spends, callees included). */
const CATEGORIES: Array<[string, Test]> = [
  ['upstream: provider-http (all, incl. ky + fetch)', inUrl('/dist/datasources/http/provider-http')],
  ['upstream: ky', inUrl('/node_modules/ky/')],
  ['upstream: Request/Headers/fetch (Node-internal undici)', (url, fn) => url.includes('internal/deps/undici') || (fn === 'fetch' && url.includes('undici'))],
  ['upstream: undici (npm)', inUrl('/node_modules/undici/')],
  ['token manager', inUrl('/dist/datasources/http/token-manager')],
  ['DataLoader', inUrl('/node_modules/dataloader/')],
  ['resolvers (dist/resolvers)', inUrl('/dist/resolvers/')],
  ['transformers (dist/datasources/astra)', inUrl('/dist/datasources/astra/')],
  ['type-graphql', inUrl('/node_modules/type-graphql/')],
  ['graphql execute', inUrl('/graphql/execution/')],
  ['graphql validate', inUrl('/graphql/validation/')],
  ['graphql parse', inUrl('/graphql/language/')],
  ['graphql-armor', inUrl('graphql-armor')],
  ['Apollo requestPipeline', named('processGraphQLRequest')],
  ['Apollo (all)', inUrl('/@apollo/server/')],
  ['express + router', (url) => url.includes('/node_modules/express/') || url.includes('/node_modules/router/')],
  ['body-parser (express.json)', inUrl('/node_modules/body-parser/')],
  ['context (createContext)', named('createContext')],
  ['pino (logging)', (url) => url.includes('/node_modules/pino') || url.includes('/node_modules/sonic-boom/')],
  ['redactForLog', inUrl('/dist/lib/redact')],
  ['request-log plugin', inUrl('/dist/observability/')],
  ['http server (node:_http_server)', inUrl('node:_http_server')],
  ['http outgoing (node:_http_outgoing)', inUrl('node:_http_outgoing')],
  ['AbortController/AbortSignal', inUrl('abort_controller')],
  ['crypto (randomUUID, hashes)', (url, fn) => url.includes('internal/crypto') || fn === 'randomUUID'],
  ['JSON.stringify', named('stringify')],
  ['JSON.parse', named('parse', '')],
];

function shortUrl(url: string): string {
  if (!url) return '';
  const cleaned = url.replace(/^file:\/\//, '');
  const nm = cleaned.lastIndexOf('node_modules/');
  if (nm >= 0) return cleaned.slice(nm + 'node_modules/'.length);
  const dist = cleaned.indexOf('/dist/');
  if (dist >= 0) return cleaned.slice(dist + 1);
  return cleaned.replace(/^.*\/(lib|internal)\//, 'node:$1/');
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8 builtins)';
  const cleaned = url.replace(/^file:\/\//, '');
  const nm = cleaned.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = cleaned.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = cleaned.indexOf('/dist/');
  if (dist >= 0)
    return `paygraph ${cleaned
      .slice(dist + 1)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  if (cleaned.startsWith('node:')) return `node:${cleaned.slice(5).split('/')[0]}`;
  return 'node internals';
}

export function profileMarkdown(summary: ProfileSummary, title: string): string {
  const lines = [`### ${title}`, '', `Sampled CPU (excluding idle): ${summary.totalMs} ms`, '', '| subsystem (inclusive) | ms | % |', '|---|---:|---:|'];
  for (const share of summary.inclusive) lines.push(`| ${share.frame} | ${share.selfMs} | ${share.percent} |`);
  lines.push('', '| # | self ms | % | frame |', '|---:|---:|---:|---|');
  summary.frames.forEach((frame, i) => lines.push(`| ${i + 1} | ${frame.selfMs} | ${frame.percent} | \`${frame.frame.replace(/\|/g, '\\|')}\` |`));
  lines.push('', '| package | self ms | % |', '|---|---:|---:|');
  for (const pkg of summary.packages) lines.push(`| ${pkg.frame} | ${pkg.selfMs} | ${pkg.percent} |`);
  return lines.join('\n');
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: profile-summary <file.cpuprofile> [top]\n');
    process.exit(2);
  }
  process.stdout.write(`${profileMarkdown(summarizeProfile(file, Number(top ?? 25)), file)}\n`);
}
