import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ProviderCode } from '../lib/global-id';

export { extractSecret, maskWebhookUrl, webhookUrlFor } from './webhook-url';

/**
 * The secrets in Paygraph's webhook URLs (`/webhooks/<provider>/<secret>`, DESIGN §5). Small and
 * async so a shared (Redis) implementation can replace the in-memory one when several instances
 * receive webhooks. Secrets never leave Paygraph: `list` is for housekeeping inside the process,
 * never for a response or a log line.
 */
export interface WebhookSecretStore {
  /** A fresh unguessable secret for `provider` (32 random bytes, base64url), now accepted by `verify`. */
  create(provider: ProviderCode): Promise<string>;
  /**
   * Whether `presented` is a known secret of `provider`, compared in constant time against every
   * known secret. Any provider name is accepted (the ingress passes the URL's); unknown → false.
   */
  verify(provider: string, presented: string): Promise<boolean>;
  /** Forget a secret: deliveries to its URL are rejected from now on. Unknown secrets are ignored. */
  revoke(provider: string, secret: string): Promise<void>;
  list(provider: string): Promise<string[]>;
}

const SECRET_BYTES = 32;
// A presented value longer than this cannot be a secret (43 characters); it is refused without
// hashing an attacker-sized input. The bound says nothing about the secrets themselves.
const MAX_PRESENTED_LENGTH = 256;

export function newWebhookSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/**
 * Single-process store. `verify` compares HMAC-SHA256 digests (keyed with a per-process random
 * key) with `timingSafeEqual`: every digest has the same length, so neither the secrets' length
 * nor their content shows in the timing, and every known secret is compared (no early exit).
 */
export class MemoryWebhookSecretStore implements WebhookSecretStore {
  private readonly key = randomBytes(32);
  /** provider → secret → digest. */
  private readonly secrets = new Map<string, Map<string, Buffer>>();

  async create(provider: ProviderCode): Promise<string> {
    const secret = newWebhookSecret();
    this.bucket(provider, true).set(secret, this.digest(secret));
    return secret;
  }

  async verify(provider: string, presented: string): Promise<boolean> {
    if (typeof presented !== 'string' || presented.length === 0 || presented.length > MAX_PRESENTED_LENGTH) return false;
    const bucket = this.bucket(provider, false);
    if (!bucket) return false;
    const candidate = this.digest(presented);
    let found = false;
    for (const digest of bucket.values()) {
      // The comparison comes first, so a match does not stop the loop from comparing the rest.
      found = timingSafeEqual(digest, candidate) || found;
    }
    return found;
  }

  async revoke(provider: string, secret: string): Promise<void> {
    this.bucket(provider, false)?.delete(secret);
  }

  async list(provider: string): Promise<string[]> {
    return [...(this.bucket(provider, false)?.keys() ?? [])];
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

  private digest(value: string): Buffer {
    return createHmac('sha256', this.key).update(value, 'utf8').digest();
  }
}
