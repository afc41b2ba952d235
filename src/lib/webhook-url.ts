/**
 * Paygraph's own webhook URLs: `<PUBLIC_URL>/webhooks/<provider>/<secret>` (docs/shared-state.md: Astra
 * signs nothing, so an unguessable path segment authenticates its deliveries). The secret is
 * never returned or logged: every URL leaving Paygraph goes through `maskWebhookUrl`, and the
 * logger scrubs the same pattern in free text (lib/redact.ts).
 */

export const MASKED_SECRET = '****';

// The segment after /webhooks/<provider>/, wherever it sits in the URL (PUBLIC_URL may carry a path).
const SECRET_SEGMENT = /(\/webhooks\/[a-z_]+\/)[^/?#]+/gi;
// The ingress route is `/webhooks/:provider/:secret`: the secret is the last path segment.
const PAYGRAPH_PATH = /\/webhooks\/([a-z_]+)\/([A-Za-z0-9_-]+)$/i;
const MASKED_PATH = /\/webhooks\/[a-z_]+\/\*{4}(?=$|[/?#])/i;

/** The URL Paygraph registers for `provider`, e.g. `https://pay.example.com/webhooks/astra/<secret>`. */
export function webhookUrlFor(publicUrl: string, provider: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/webhooks/${provider.toLowerCase()}/${secret}`;
}

/** Masks the secret segment completely: `…/webhooks/astra/****`. Other URLs come back unchanged. */
export function maskWebhookUrl(url: string): string {
  return url.replace(SECRET_SEGMENT, `$1${MASKED_SECRET}`);
}

/**
 * The secret of a Paygraph webhook URL (optionally only for `provider`), or null when the URL
 * does not have Paygraph's shape. Whether the secret is one Paygraph knows is the secret
 * store's question (`verify`).
 */
export function extractSecret(url: string, provider?: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = PAYGRAPH_PATH.exec(pathname);
  if (!match) return null;
  if (provider !== undefined && match[1].toLowerCase() !== provider.toLowerCase()) return null;
  return match[2];
}

/** True for a URL that was masked by `maskWebhookUrl` (someone pasted Paygraph's output back in). */
export function isMaskedWebhookUrl(url: string): boolean {
  return MASKED_PATH.test(url);
}

/**
 * Why `url` cannot be registered (ASM-A17: absolute http or https, at most `maxLength`
 * characters), or null when it can. Checked before any provider call.
 */
export function webhookUrlProblem(url: string, maxLength: number): string | null {
  if (url.length === 0) return 'url must not be empty; omit it to let Paygraph register its own URL.';
  if (url.length > maxLength) return `url must have at most ${maxLength} characters.`;
  if (url.trim() !== url || /\s/.test(url)) return 'url must not contain spaces.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be an absolute http or https URL.';
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    return 'url must be an absolute http or https URL.';
  }
  if (isMaskedWebhookUrl(url)) {
    return 'url is a masked Paygraph URL (its secret is not shown); omit url to let Paygraph register a fresh one.';
  }
  return null;
}
