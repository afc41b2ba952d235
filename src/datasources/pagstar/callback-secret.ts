import { createHmac } from 'node:crypto';
import type { PagstarEndpoint } from './settings';

// Versioned label: changing it (or the credential) rotates the callback secret deliberately.
const LABEL = 'paygraph/pagstar-callback-secret/v1';

/**
 * The secret in Paygraph's Pagstar notification URL (`/webhooks/pagstar/<secret>`, ASM-P08).
 *
 * Derived, not generated: HMAC-SHA256 keyed with the Pagstar credential (static token or access
 * key) over a fixed label and the tenant id. Every instance computes the same value with no
 * coordination, in memory mode as well as with Redis, and it is the same after a restart, so
 * deposits created before a restart or by another instance keep their valid `callback` URL.
 * The HMAC is one-way: the URL (which Pagstar sees in every deposit) reveals nothing about the
 * credential. Trade-off: rotating the Pagstar credential rotates this secret too; callbacks of
 * deposits created before the rotation then get 401 and those deposits are still caught by the
 * pollers of their subscribers (docs/providers.md, Pagstar notifications).
 */
export function pagstarCallbackSecret(endpoint: PagstarEndpoint): string {
  const credential = endpoint.auth.kind === 'static' ? endpoint.auth.token : endpoint.auth.accessKey;
  return createHmac('sha256', credential).update(`${LABEL}\n${endpoint.tenantId}`, 'utf8').digest('base64url');
}
