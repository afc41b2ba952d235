import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A token as shared between instances: what TokenManager needs to serve and refresh it. */
export interface SharedToken {
  accessToken: string;
  /** epoch ms */
  expiresAt: number;
  /** epoch ms from which the token should be refreshed (refresh ahead). */
  refreshAt: number;
}

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The key that encrypts a shared token at rest: HKDF-SHA256 of the provider credential (client
 * secret, access key), bound to the cache key. Every instance with the same credential derives the
 * same key with no extra configuration; a Redis dump without the credential is useless, and with
 * the credential an attacker could fetch tokens anyway, so nothing is lost.
 */
export function deriveTokenKey(credential: string, cacheKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(credential, 'utf8'), Buffer.from('paygraph/shared-token/v1'), Buffer.from(cacheKey, 'utf8'), 32));
}

/** AES-256-GCM with a fresh IV; `aad` (the Redis key) ties the ciphertext to where it is stored. */
export function sealToken(key: Buffer, aad: string, token: SharedToken): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(token), 'utf8'), cipher.final()]);
  return `${FORMAT}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The token, or undefined when the value is not one this key sealed (other credential, tampered, old format). */
export function openToken(key: Buffer, aad: string, sealed: string): SharedToken | undefined {
  const [format, payload] = sealed.split('.', 2);
  if (format !== FORMAT || !payload) return undefined;
  try {
    const raw = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    const token = JSON.parse(text) as SharedToken;
    if (typeof token.accessToken !== 'string' || !Number.isFinite(token.expiresAt) || !Number.isFinite(token.refreshAt)) return undefined;
    return token;
  } catch {
    return undefined;
  }
}
