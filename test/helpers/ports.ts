import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';

/**
 * A loopback port that is free now, for a server that must keep its address across a restart
 * (a Redis or a Paygraph process a test stops and starts again). Chosen below the kernel's
 * ephemeral range: ports from `listen(0)` and the client side of every connection come from that
 * range, so while the suite runs in parallel no other test can take this port between our check
 * and the server's own bind (EADDRINUSE seen on a loaded machine).
 */
export async function freePort(): Promise<number> {
  const [ephemeralLow] = ephemeralRange();
  const low = Math.max(10_000, ephemeralLow - 12_000);
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = low + Math.floor(Math.random() * (ephemeralLow - low));
    if (await canListen(port)) return port;
  }
  throw new Error('no free port below the ephemeral range after 50 tries');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high) && low > 12_000) return [low, high];
  } catch {
    // not Linux: the IANA dynamic range below
  }
  return [49_152, 65_535];
}
