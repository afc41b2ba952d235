import { readFileSync } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { Agent } from 'undici';
import { ConfigError } from '../../config/config-error';

/** TLS towards a provider, loaded and checked at start-up. */
export interface ClientTls {
  /** The client certificate for mutual TLS: PEM strings or PKCS#12 bytes; absent: none is presented. */
  identity?: { kind: 'pem'; cert: string; key: string } | { kind: 'pfx'; pfx: Buffer; passphrase?: string };
  /** Extra trusted roots for the provider's server certificate (PEM); absent: Node's defaults. */
  ca?: string;
}

/** The file paths as configured, and the variable that names each (for error messages). */
export interface ClientTlsFiles {
  certFile?: string;
  keyFile?: string;
  pfxFile?: string;
  passphrase?: string;
  caFile?: string;
  /** e.g. `{ cert: 'PIX_API_CERT_FILE', key: 'PIX_API_KEY_FILE', pfx: 'PIX_API_PFX_FILE', passphrase: 'PIX_API_PFX_PASSPHRASE', ca: 'PIX_API_CA_FILE' }` */
  names: { cert: string; key: string; pfx: string; passphrase: string; ca: string };
}

/**
 * Reads and checks a client certificate once, at start-up: missing or unreadable files, a
 * certificate and key that do not belong together, an unreadable PKCS#12 or a wrong passphrase
 * stop the start with a ConfigError that names the variable (never a path's content or the
 * passphrase). Undefined when no file is configured.
 */
export function loadClientTls(files: ClientTlsFiles): ClientTls | undefined {
  const { names } = files;
  const ca = files.caFile ? readCa(files.caFile, names.ca) : undefined;
  if (files.pfxFile) {
    if (files.certFile || files.keyFile) throw new ConfigError(`${names.pfx}: set either it or ${names.cert} and ${names.key}, not both`);
    const pfx = readFile(files.pfxFile, names.pfx);
    try {
      createSecureContext({ pfx, passphrase: files.passphrase });
    } catch {
      throw new ConfigError(`${names.pfx}: not a readable PKCS#12 file, or ${names.passphrase} is wrong`);
    }
    return { identity: { kind: 'pfx', pfx, ...(files.passphrase !== undefined ? { passphrase: files.passphrase } : {}) }, ...(ca ? { ca } : {}) };
  }
  if (files.passphrase !== undefined) throw new ConfigError(`${names.passphrase}: only used with ${names.pfx}`);
  if (!files.certFile && !files.keyFile) return ca ? { ca } : undefined;
  if (!files.certFile || !files.keyFile) throw new ConfigError(`${files.certFile ? names.key : names.cert}: required with ${files.certFile ? names.cert : names.key}`);
  const cert = readFile(files.certFile, names.cert).toString('utf8');
  const key = readFile(files.keyFile, names.key).toString('utf8');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw new ConfigError(`${names.cert}: not a PEM certificate`);
  }
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new ConfigError(`${names.key}: not an unencrypted PEM private key`);
  }
  if (!certificate.checkPrivateKey(privateKey)) throw new ConfigError(`${names.key}: does not match the certificate in ${names.cert}`);
  return { identity: { kind: 'pem', cert, key }, ...(ca ? { ca } : {}) };
}

/**
 * A keep-alive pool like the shared one (undici-fetch.ts), presenting `tls` on every connection to
 * the provider (token URL and API alike). One per provider and process.
 */
export function clientTlsAgent(tls: ClientTls): Agent {
  const { identity, ca } = tls;
  const credentials = identity === undefined ? {} : identity.kind === 'pem' ? { cert: identity.cert, key: identity.key } : { pfx: identity.pfx, passphrase: identity.passphrase };
  return new Agent({ connections: 256, pipelining: 1, keepAliveTimeout: 4_000, connect: { ...credentials, ...(ca ? { ca } : {}) } });
}

function readFile(path: string, variable: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new ConfigError(`${variable}: the file cannot be read (missing or no permission)`);
  }
}

function readCa(path: string, variable: string): string {
  const pem = readFile(path, variable).toString('utf8');
  try {
    new X509Certificate(pem);
  } catch {
    throw new ConfigError(`${variable}: not a PEM certificate bundle`);
  }
  return pem;
}
