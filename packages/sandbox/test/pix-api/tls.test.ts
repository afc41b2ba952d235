import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import type { PixApiSimulator } from '../../src/pix-api';
import { basic, closeAllAfterEach, start } from './pix-api-test-kit';

// HTTPS with a required client certificate (the mTLS the API Pix runs on), with certificates made
// here by openssl in a temporary directory (never checked in).

closeAllAfterEach();

interface Pem {
  key: string;
  cert: string;
}

let dir: string;
let ca: Pem;
let server: Pem;
let client: Pem;
let stranger: Pem;

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

/** A key and a certificate for `name`, signed by the CA `issuer` (or self-signed with `-x509`). */
function issue(name: string, issuer: string | undefined, extension?: string): Pem {
  if (!issuer) {
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '2', '-subj', `/CN=${name}`);
  } else {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    const extra = extension ? ['-extfile', extension] : [];
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.crt`, '-CAkey', `${issuer}.key`, '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', ...extra);
  }
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.crt`), 'utf8') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pix-api-tls-'));
  execFileSync('sh', ['-c', 'printf "subjectAltName=IP:127.0.0.1\\n" > server.ext'], { cwd: dir });
  ca = issue('test-ca', undefined);
  server = issue('server', 'test-ca', 'server.ext');
  client = issue('paygraph-client', 'test-ca');
  issue('other-ca', undefined);
  stranger = issue('stranger', 'other-ca');
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tokenStatus(sim: PixApiSimulator, connect: Record<string, string>): Promise<number> {
  const dispatcher = new Agent({ connect: { ca: ca.cert, ...connect } });
  try {
    const res = await undiciFetch(sim.tokenUrl, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(sim.clientId, sim.clientSecret) },
      body: 'grant_type=client_credentials',
    });
    await res.arrayBuffer();
    return res.status;
  } finally {
    await dispatcher.close();
  }
}

describe('API Pix simulator over HTTPS with mutual TLS', () => {
  it('serves HTTPS and accepts a client certificate signed by the configured CA', async () => {
    const sim = await start({ tls: { ...server, ca: ca.cert, requireClientCert: true } });
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    expect(sim.tokenUrl).toMatch(/^https:/);
    expect(await tokenStatus(sim, { cert: client.cert, key: client.key })).toBe(200);
  });

  it('refuses the handshake without a client certificate or with one from another CA', async () => {
    const sim = await start({ tls: { ...server, ca: ca.cert, requireClientCert: true } });
    await expect(tokenStatus(sim, {})).rejects.toThrow();
    await expect(tokenStatus(sim, { cert: stranger.cert, key: stranger.key })).rejects.toThrow();
    expect(sim.counters.total).toBe(0);
  });

  it('serves plain server-side TLS when no client certificate is required', async () => {
    const sim = await start({ tls: { ...server } });
    expect(await tokenStatus(sim, {})).toBe(200);
  });
});
