import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { get as httpGet } from 'node:http';

/**
 * Debian's HAProxy in front of the drill's instances, with a config generated into a temp dir:
 * round robin, no sticky sessions, WebSocket upgrades passed through (HTTP mode does that by
 * itself; `timeout tunnel` keeps an upgraded connection open), health checks on `/readyz`.
 * docs/deploy.md shows the generated file, annotated.
 */
export interface Balancer {
  url: string;
  config: string;
  /** Servers the balancer's health checks currently see UP (from the stats page's CSV). */
  upCount(): Promise<number>;
  /** Each server's check status and how many times the checks took it out so far. */
  servers(): Promise<ServerState[]>;
  close(): Promise<void>;
}

/** Debian installs it in /usr/sbin, which is not on every user's PATH. */
export interface ServerState {
  name: string;
  status: string;
  downTransitions: number;
}

export const HAPROXY_BIN = process.env.HAPROXY_BIN ?? (existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy');

export function haproxyConfig(options: { port: number; statsPort: number; servers: Array<{ name: string; port: number }>; logFile?: string }): string {
  // DRILL_HAPROXY_LOG=<file>: HAProxy's request log (one line per request, status and timings).
  const logging = options.logFile ? '\n  log stderr format raw local0 info' : '';
  const httplog = options.logFile ? '\n  log global\n  option httplog' : '';
  const servers = options.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`).join('\n');
  return `global
  maxconn 4096${logging}

defaults
  mode http${httplog}
  option http-server-close
  timeout connect 1s
  timeout client 30s
  timeout server 60s
  timeout tunnel 1h
  # A check may take up to 2 s (an instance busy with 100 reconnecting subscribers answers
  # /readyz late); without it HAProxy gives a check only inter (500 ms) and takes healthy
  # instances out under load.
  timeout check 2s
  timeout http-keep-alive 2s
  # Only a connection that could not be opened is retried (on another instance): a request
  # that reached Paygraph is never sent twice by the balancer.
  retry-on conn-failure
  retries 2
  option redispatch 1

frontend paygraph_in
  bind 127.0.0.1:${options.port}
  default_backend paygraph

backend paygraph
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 500ms fastinter 250ms downinter 500ms fall 2 rise 2
${servers}

listen stats
  bind 127.0.0.1:${options.statsPort}
  stats enable
  stats uri /stats
`;
}

export async function startHaproxy(options: Parameters<typeof haproxyConfig>[0]): Promise<Balancer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paygraph-drill-'));
  const file = path.join(dir, 'haproxy.cfg');
  const config = haproxyConfig(options);
  writeFileSync(file, config);
  const check = spawnSync(HAPROXY_BIN, ['-c', '-q', '-f', file], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`haproxy rejected its config: ${check.stderr}${check.stdout}`);
  // -db: stay in the foreground, so the drill owns the process and its exit.
  const child: ChildProcess = spawn(HAPROXY_BIN, ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
    if (options.logFile) appendFileSync(options.logFile, chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const statsUrl = `http://127.0.0.1:${options.statsPort}/stats;csv`;

  const servers = async (): Promise<ServerState[]> => {
    const [header, ...rows] = (await getOnFreshConnection(statsUrl))
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const column = (name: string) => header.indexOf(name === 'pxname' ? '# pxname' : name);
    return rows
      .filter((row) => row[column('pxname')] === 'paygraph' && !['FRONTEND', 'BACKEND'].includes(row[column('svname')]))
      .map((row) => ({ name: row[column('svname')], status: row[column('status')], downTransitions: Number(row[column('chkdown')]) }));
  };
  const upCount = async () => (await servers()).filter((server) => server.status.startsWith('UP')).length;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await upCount();
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`haproxy did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    config,
    upCount,
    servers,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * GET on a connection of its own (no keep-alive pool): HAProxy's stats listener may close a kept-alive
 * connection just as a pooled client reuses it ("other side closed", seen in CI), which a fresh
 * connection per read cannot meet.
 */
function getOnFreshConnection(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
