/**
 * Network errors that happen before a single byte of the request reaches the provider: the
 * connection was refused or could not be opened, the name did not resolve, or TLS did not come up.
 * After such an error the provider cannot have acted, so a money-moving attempt that failed this
 * way leaves its idempotency key usable (docs/idempotency.md, "Not executed").
 *
 * Anything else without a response (a reset or a timeout after the request was written, a socket
 * closed mid-answer) may have been executed and stays "outcome unknown".
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  // undici: the TCP (or TLS) connection was not established within its connect timeout.
  'UND_ERR_CONNECT_TIMEOUT',
  // OpenSSL certificate checks (Node reports them by these names).
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'HOSTNAME_MISMATCH',
]);

/** Node's TLS layer: ERR_TLS_CERT_ALTNAME_INVALID, ERR_SSL_WRONG_VERSION_NUMBER, … */
const TLS_CODE = /^ERR_(TLS|SSL)_/;

export function failedBeforeSending(error: unknown): boolean {
  // fetch-style errors wrap the network error as `cause`; undici's own API throws it directly.
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NOT_SENT_CODES.has(code) || TLS_CODE.test(code))) return true;
  }
  return false;
}
