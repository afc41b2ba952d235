import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import type { PixApiSimulator } from '../../src/pix-api';
import { basic, call, closeAllAfterEach, cobBody2, EXAMPLE_COB_KEY, start, txid } from './pix-api-test-kit';

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

/** An https webhook receiver that, like the TLS terminator in front of Paygraph, requires a client certificate signed by `ca`. */
async function startMutualTlsReceiver(): Promise<{ url: string; callers: string[]; close(): Promise<void> }> {
  const callers: string[] = [];
  const receiver: Server = createServer({ key: server.key, cert: server.cert, ca: ca.cert, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    callers.push(String((req.socket as TLSSocket).getPeerCertificate().subject.CN));
    req.resume();
    req.on('end', () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/webhooks/pix_api/secret`,
    callers,
    close: () =>
      new Promise<void>((resolve) => {
        receiver.closeAllConnections();
        receiver.close(() => resolve());
      }),
  };
}

describe('API Pix simulator callbacks over mutual TLS', () => {
  async function payWithWebhook(receiverUrl: string, callbackTls?: { cert: string; key: string; ca: string }) {
    const sim = await start({ pixKey: EXAMPLE_COB_KEY, callbackRetryDelaysMs: [], ...(callbackTls ? { callbackTls } : {}) });
    await call(sim, 'PUT', `/webhook/${EXAMPLE_COB_KEY}`, { body: { webhookUrl: receiverUrl } });
    const id = txid('mtls');
    await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
    await sim.payCharge(id);
    await sim.waitForIdle();
    return sim.callbacks();
  }

  it('presents the configured client certificate to an https webhook that requires one', async () => {
    const receiver = await startMutualTlsReceiver();
    try {
      const deliveries = await payWithWebhook(receiver.url, { cert: client.cert, key: client.key, ca: ca.cert });
      expect(deliveries.map((d) => [d.status, d.ok])).toEqual([[200, true]]);
      expect(receiver.callers).toEqual(['paygraph-client']);
    } finally {
      await receiver.close();
    }
  });

  it('fails the callback (recorded, status 0) with a client certificate the receiver does not trust', async () => {
    const receiver = await startMutualTlsReceiver();
    try {
      const deliveries = await payWithWebhook(receiver.url, { cert: stranger.cert, key: stranger.key, ca: ca.cert });
      expect(deliveries).toEqual([expect.objectContaining({ status: 0, ok: false, error: expect.any(String) })]);
      expect(receiver.callers).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});
