import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's chromium package (never a downloaded browser). CHROMIUM_PATH overrides.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** Launches headless Chromium, or throws (never skips): CI installs Debian's `chromium`. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found (looked at $CHROMIUM_PATH, ' + `${CANDIDATES.join(', ')}). Install Debian's package: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NON_NETWORK_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export interface RequestWatch {
  /** URLs the page asked for that are not on 127.0.0.1/localhost/::1. Must stay empty. */
  offLoopback: string[];
  /** Loopback URLs on another origin than the one under test (e.g. another port). */
  otherOrigin: string[];
}

/** Records every HTTP(S) request and websocket of `page` that leaves `allowedOrigin`. */
export function watchOffOriginRequests(page: Page, allowedOrigin: string): RequestWatch {
  const watch: RequestWatch = { offLoopback: [], otherOrigin: [] };
  const allowed = new URL(allowedOrigin);
  const record = (raw: string) => {
    const url = new URL(raw);
    if (NON_NETWORK_SCHEMES.has(url.protocol)) return;
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
      watch.offLoopback.push(raw);
      return;
    }
    const sameOrigin = url.host === allowed.host && url.protocol.replace(/^ws/, 'http') === allowed.protocol;
    if (!sameOrigin) watch.otherOrigin.push(raw);
  };
  page.on('request', (request) => record(request.url()));
  page.on('websocket', (socket) => record(socket.url()));
  return watch;
}
