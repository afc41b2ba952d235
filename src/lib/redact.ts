import { maskDocument } from './documents';

// Keys whose values are secrets or card data: dropped entirely. Matched case-insensitively
// against the key with `_`/`-` removed, so `access_token`, `accessToken`, `x-api-key` all match.
const SECRET_KEY =
  /^(authorization|accesstoken|refreshtoken|token|clientsecret|secret|password|accesskey|apikey|xapikey|cvv|cvc|cardnumber|pan|webhooksecret|cookie|setcookie|clienttoken|publishablekey|verificationtoken)$/;
// Keys whose values are CPF/CNPJ: masked, never logged in full.
const DOCUMENT_KEY = /^(document|documentnumber|cpf|cnpj|cpfcnpj|naturalpersonidentification|legalpersonidentification|debtordocument)$/;
// Secret-looking values in free text (e.g. an error message that quoted a header).
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=|-]+/gi;
// A JWT anywhere in free text (client tokens, OIDC tokens: issue 24): header.payload.signature.
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const WEBHOOK_SECRET_PATH = /(\/webhooks\/[a-z_]+\/)[A-Za-z0-9_-]{8,}/gi;
const MAX_DEPTH = 6;

export const REDACTED = '[REDACTED]';

/** Deep copy of `value` that is safe to log. Cheap for the small objects we log per request. */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[depth]';
  if (value instanceof Error) return redactForLog({ type: value.name, message: value.message }, depth + 1);
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const normalized = key.toLowerCase().replace(/[-_]/g, '');
    if (SECRET_KEY.test(normalized)) out[key] = REDACTED;
    else if (DOCUMENT_KEY.test(normalized) && typeof item === 'string') out[key] = maskDocument(item);
    else out[key] = redactForLog(item, depth + 1);
  }
  return out;
}

export function scrubText(text: string): string {
  return text.replace(BEARER, 'Bearer [REDACTED]').replace(JWT, REDACTED).replace(WEBHOOK_SECRET_PATH, `$1${REDACTED}`);
}
