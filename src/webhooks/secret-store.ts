import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ProviderCode } from '../providers';
import type { Redis } from '../state/redis';
import { guardState } from '../state/redis';

export { extractSecret, maskWebhookUrl, webhookUrlFor } from '../lib/webhook-url';

/**
 * The secrets in Paygraph's webhook URLs (`/webhooks/<provider>/<secret>`, docs/shared-state.md). Stores keep
 * only a fingerprint (SHA-256) of each secret, never the secret: the plaintext exists in the URL
 * registered at the provider and nowhere in Paygraph's state. So there is no way to list the
 * secrets; callers that need to tell secrets apart compare fingerprints.
 */
export interface WebhookSecretStore {
  /** A fresh unguessable secret for `provider` (32 random bytes, base64url), now accepted by `verify`. */
  create(provider: ProviderCode): Promise<string>;
  /**
   * Makes a secret Paygraph derived itself known (the Pagstar callback secret, see
   * datasources/pagstar/callback-secret.ts). Idempotent: every instance adopts the same one at start-up.
   */
  adopt(provider: ProviderCode, secret: string): Promise<void>;
  /**
   * Whether `presented` is a known secret of `provider`. Any provider name is accepted (the
   * ingress passes the URL's); unknown → false.
   */
  verify(provider: string, presented: string): Promise<boolean>;
  /** Forget a secret: deliveries to its URL are rejected from now on. Unknown secrets are ignored. */
  revoke(provider: string, secret: string): Promise<void>;
  /** Fingerprints (`secretFingerprint`) of the known secrets: housekeeping and tests, never a response or log. */
  fingerprints(provider: string): Promise<string[]>;
}

const SECRET_BYTES = 32;
// A presented value longer than this cannot be a secret (43 characters); it is refused without
// hashing an attacker-sized input. The bound says nothing about the secrets themselves.
const MAX_PRESENTED_LENGTH = 256;

export function newWebhookSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/**
 * SHA-256 of a secret, hex. Unkeyed on purpose: a keyed hash (HMAC) only helps against guessing
 * low-entropy inputs, and these secrets are 256 random bits (or an HMAC output, for Pagstar), so
 * a leaked fingerprint leaves nothing to brute force. A key would also have to survive restarts
 * and be shared by every instance, i.e. be one more configured secret, for no gain.
 */
export function secretFingerprint(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function presentable(presented: unknown): presented is string {
  return typeof presented === 'string' && presented.length > 0 && presented.length <= MAX_PRESENTED_LENGTH;
}

/**
 * Single-process store. `verify` compares 32-byte digests with `timingSafeEqual` against every
 * known secret (no early exit), so neither the secrets' length nor their content shows in the timing.
 */
export class MemoryWebhookSecretStore implements WebhookSecretStore {
  /** PROVIDER → fingerprint (hex) → digest. */
  private readonly secrets = new Map<string, Map<string, Buffer>>();

  async create(provider: ProviderCode): Promise<string> {
    const secret = newWebhookSecret();
    await this.adopt(provider, secret);
    return secret;
  }

  adopt(provider: ProviderCode, secret: string): Promise<void> {
    const fingerprint = secretFingerprint(secret);
    this.bucket(provider, true).set(fingerprint, Buffer.from(fingerprint, 'hex'));
    return Promise.resolve();
  }

  verify(provider: string, presented: string): Promise<boolean> {
    return Promise.resolve(this.verifyNow(provider, presented));
  }

  revoke(provider: string, secret: string): Promise<void> {
    this.bucket(provider, false)?.delete(secretFingerprint(secret));
    return Promise.resolve();
  }

  fingerprints(provider: string): Promise<string[]> {
    return Promise.resolve([...(this.bucket(provider, false)?.keys() ?? [])]);
  }

  private verifyNow(provider: string, presented: string): boolean {
    if (!presentable(presented)) return false;
    const bucket = this.bucket(provider, false);
    if (!bucket) return false;
    const candidate = Buffer.from(secretFingerprint(presented), 'hex');
    let found = false;
    for (const digest of bucket.values()) {
      // The comparison comes first, so a match does not stop the loop from comparing the rest.
      found = timingSafeEqual(digest, candidate) || found;
    }
    return found;
  }

  private bucket(provider: string, create: true): Map<string, Buffer>;
  private bucket(provider: string, create: false): Map<string, Buffer> | undefined;
  private bucket(provider: string, create: boolean): Map<string, Buffer> | undefined {
    const name = provider.toUpperCase();
    let bucket = this.secrets.get(name);
    if (!bucket && create) {
      bucket = new Map();
      this.secrets.set(name, bucket);
    }
    return bucket;
  }
}

/**
 * Shared store: one Redis set of fingerprints per provider (`<prefix>webhook-secrets:<PROVIDER>`),
 * so registrations survive restarts and every instance accepts every instance's secrets. No TTL:
 * a secret lives exactly as long as its registration (revoked on update/delete).
 *
 * `verify` is a SISMEMBER of the presented value's digest. Its timing depends on that digest, not
 * on any stored secret, and learning something about the digest of a guess brings an attacker no
 * closer to a 256-bit preimage, so no constant-time loop is needed here. Redis down → the
 * StateUnavailableError propagates (the ingress answers 5xx and the provider redelivers; it must
 * not answer 401, which would make a live webhook look revoked).
 */
export class RedisWebhookSecretStore implements WebhookSecretStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async create(provider: ProviderCode): Promise<string> {
    const secret = newWebhookSecret();
    await this.adopt(provider, secret);
    return secret;
  }

  async adopt(provider: ProviderCode, secret: string): Promise<void> {
    await guardState(() => this.redis.sadd(this.key(provider), secretFingerprint(secret)));
  }

  async verify(provider: string, presented: string): Promise<boolean> {
    if (!presentable(presented)) return false;
    return (await guardState(() => this.redis.sismember(this.key(provider), secretFingerprint(presented)))) === 1;
  }

  async revoke(provider: string, secret: string): Promise<void> {
    await guardState(() => this.redis.srem(this.key(provider), secretFingerprint(secret)));
  }

  async fingerprints(provider: string): Promise<string[]> {
    return guardState(() => this.redis.smembers(this.key(provider)));
  }

  private key(provider: string): string {
    return `${this.keyPrefix}webhook-secrets:${provider.toUpperCase()}`;
  }
}
