/**
 * Mutual TLS through the real client (ky over the undici Agent that carries the certificate):
 * a local `node:https` server that requires a client certificate signed by a CA made here with
 * `openssl` (nothing checked in). The token call and the API call both present it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPixApiClient } from '../../../../src/datasources/pix-api/http';
import { pixApiSettings, PIX_API_ENV } from '../../../../src/datasources/pix-api/settings';
import { ProviderUnavailableError } from '../../../../src/errors/domain-errors';
import { ConfigError } from '../../../../src/config/config-error';
import { z } from 'zod';

let dir: string;
let server: Server;
let baseUrl: string;
const files = (name: string) => join(dir, name);
const seen: { path: string; authorized: boolean; subject?: string }[] = [];

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

/** A CA, a server certificate for 127.0.0.1, a client certificate signed by the CA and one that is not. */
function makeCertificates(): void {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=Test PSP CA');
  writeFileSync(files('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'server.ext');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=paygraph-client');
  openssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.pem', '-days', '1');
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other.key', '-out', 'other.pem', '-days', '1', '-subj', '/CN=stranger');
  openssl('pkcs12', '-export', '-in', 'client.pem', '-inkey', 'client.key', '-out', 'client.p12', '-passout', 'pass:s3cret');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pix-api-mtls-'));
  makeCertificates();
  const { readFileSync } = await import('node:fs');
  server = createServer(
    { key: readFileSync(files('server.key')), cert: readFileSync(files('server.pem')), ca: readFileSync(files('ca.pem')), requestCert: true, rejectUnauthorized: true },
    (req, res) => {
      const socket = req.socket as import('node:tls').TLSSocket;
      seen.push({ path: req.url ?? '', authorized: socket.authorized, subject: [socket.getPeerCertificate().subject?.CN].flat()[0] });
      res.setHeader('content-type', 'application/json');
      if (req.url === '/oauth/token') return res.end(JSON.stringify({ access_token: 'token-1', token_type: 'Bearer', expires_in: 3600 }));
      res.end(JSON.stringify({ webhookUrl: 'https://pay.example.com/webhooks/pix_api/x', chave: 'key-1' }));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function settings(extra: Record<string, string>) {
  const env = z.object(PIX_API_ENV).parse({
    PIX_API_BASE_URL: `${baseUrl}/api/v2`,
    PIX_API_TOKEN_URL: `${baseUrl}/oauth/token`,
    PIX_API_CLIENT_ID: 'client-1',
    PIX_API_CLIENT_SECRET: 'secret-1',
    PIX_API_PIX_KEY: 'key-1',
    PIX_API_TIMEOUT_MS: '2000',
    PIX_API_DEADLINE_MS: '4000',
    PIX_API_RETRY_LIMIT: '0',
    ...extra,
  });
  return pixApiSettings(env);
}

const policy = { timeoutMs: 2_000, deadlineMs: 4_000, retryLimit: 0 };

test('with the client certificate (PEM) the token call and the API call succeed, both presenting it', async () => {
  const { endpoint } = settings({ PIX_API_CERT_FILE: files('client.pem'), PIX_API_KEY_FILE: files('client.key'), PIX_API_CA_FILE: files('ca.pem') });
  seen.length = 0;
  const { http } = createPixApiClient(endpoint!, policy);
  const response = await http.get<{ chave: string }>('webhook/key-1');
  expect(response.body.chave).toBe('key-1');
  expect(seen).toEqual([
    { path: '/oauth/token', authorized: true, subject: 'paygraph-client' },
    { path: '/api/v2/webhook/key-1', authorized: true, subject: 'paygraph-client' },
  ]);
});

test('with the certificate as PKCS#12 and its passphrase: the same', async () => {
  const { endpoint } = settings({ PIX_API_PFX_FILE: files('client.p12'), PIX_API_PFX_PASSPHRASE: 's3cret', PIX_API_CA_FILE: files('ca.pem') });
  const { http } = createPixApiClient(endpoint!, policy);
  await expect(http.get('webhook/key-1')).resolves.toMatchObject({ status: 200 });
});

test('without a client certificate the handshake is refused: a typed PROVIDER_UNAVAILABLE, nothing reached the API', async () => {
  const { endpoint } = settings({ PIX_API_CA_FILE: files('ca.pem') });
  seen.length = 0;
  const { http } = createPixApiClient(endpoint!, policy);
  const error = await http.get('webhook/key-1').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderUnavailableError);
  expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', details: { provider: 'PIX_API' } });
  expect(seen).toEqual([]);
});

test('a certificate the PSP does not trust is refused the same way', async () => {
  const { endpoint } = settings({ PIX_API_CERT_FILE: files('other.pem'), PIX_API_KEY_FILE: files('other.key'), PIX_API_CA_FILE: files('ca.pem') });
  const { http } = createPixApiClient(endpoint!, policy);
  await expect(http.get('webhook/key-1')).rejects.toBeInstanceOf(ProviderUnavailableError);
});

describe('start-up refuses a missing or wrong certificate, naming the variable (never a value)', () => {
  const refused = (extra: Record<string, string>): string => {
    try {
      settings(extra);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain(dir);
      expect((error as Error).message).not.toContain('s3cret');
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  test('a certificate file that does not exist', () => {
    expect(refused({ PIX_API_CERT_FILE: files('missing.pem'), PIX_API_KEY_FILE: files('client.key') })).toMatch(/^PIX_API_CERT_FILE: the file cannot be read/);
  });
  test('a key that does not belong to the certificate', () => {
    expect(refused({ PIX_API_CERT_FILE: files('client.pem'), PIX_API_KEY_FILE: files('other.key') })).toMatch(
      /^PIX_API_KEY_FILE: does not match the certificate in PIX_API_CERT_FILE/,
    );
  });
  test('a certificate without its key', () => {
    expect(refused({ PIX_API_CERT_FILE: files('client.pem') })).toMatch(/^PIX_API_KEY_FILE: required with PIX_API_CERT_FILE/);
  });
  test('a file that is not a certificate', () => {
    expect(refused({ PIX_API_CERT_FILE: files('client.key'), PIX_API_KEY_FILE: files('client.key') })).toMatch(/^PIX_API_CERT_FILE: not a PEM certificate/);
  });
  test('a PKCS#12 with the wrong passphrase', () => {
    expect(refused({ PIX_API_PFX_FILE: files('client.p12'), PIX_API_PFX_PASSPHRASE: 'wrong' })).toMatch(
      /^PIX_API_PFX_FILE: not a readable PKCS#12 file, or PIX_API_PFX_PASSPHRASE is wrong/,
    );
  });
  test('an unreadable CA bundle', () => {
    expect(refused({ PIX_API_CA_FILE: files('nope.pem') })).toMatch(/^PIX_API_CA_FILE: the file cannot be read/);
  });
});
