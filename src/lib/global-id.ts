import { isProviderCode, providerByGlobalIdPrefix, providerInfo, type ProviderCode } from '../providers';

/**
 * Relay global object ids: opaque to clients, but they encode type + provider +
 * provider id so `node(id:)` can route without a lookup table.
 *
 * Format: base64url (no padding) of `v1:<Type>:<PROVIDER>:<providerId>`, where <PROVIDER> is the
 * provider's `globalIdPrefix` (providers.ts). The version prefix lets us
 * change the layout later without misreading old ids; the provider id goes last so it may itself
 * contain ":". Decoding is strict (canonical base64url, exact version, known provider, a provider
 * id matching that provider's `providerIdPattern`, e.g. ASM-A55) so a corrupted or forged id is
 * `null`, which every caller reports as an invalid id (BAD_USER_INPUT, or an INVALID user error in
 * a mutation payload): "." or ".." can never move a request to another path (issue 23, case 6).
 * Ids are not signed: an edit that stays well-formed simply names another object (e.g. a shorter
 * txid), which is harmless because an id grants nothing; access is checked when it is resolved.
 */
export type DecodedGlobalId = { type: string; provider: ProviderCode; providerId: string };

const VERSION = 'v1';
// GraphQL type names (PixCharge, Refund…): no ":" by construction, so the split is unambiguous.
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Provider ids are printable; a control character means a corrupted or forged id.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern detects
const CONTROL = /[\u0000-\u001f\u007f]/;
// Provider ids are short (txids ≤ 35); this only bounds the work done on hostile input.
const MAX_ID_LENGTH = 1024;

/** Throws on a programming error (bad type name, unknown provider, empty provider id). */
export function encodeGlobalId(type: string, provider: ProviderCode, providerId: string): string {
  if (!TYPE_NAME.test(type)) throw new Error(`Invalid GraphQL type name for a global id: ${type}`);
  if (!isProviderCode(provider)) throw new Error(`Unknown provider for a global id: ${String(provider)}`);
  if (typeof providerId !== 'string' || providerId.length === 0 || CONTROL.test(providerId)) {
    throw new Error('Global id needs a non-empty provider id without control characters');
  }
  const prefix = providerInfo(provider).globalIdPrefix;
  return Buffer.from(`${VERSION}:${type}:${prefix}:${providerId}`, 'utf8').toString('base64url');
}

/** Returns null for anything malformed; never throws. */
export function decodeGlobalId(id: string): DecodedGlobalId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH || !BASE64URL.test(id)) return null;
  const bytes = Buffer.from(id, 'base64url');
  // Node's decoder is lenient (ignores stray trailing bits); re-encoding rejects non-canonical
  // spellings, so one object has exactly one id.
  if (bytes.toString('base64url') !== id) return null;
  const text = bytes.toString('utf8');
  // Invalid UTF-8 decodes to U+FFFD and would not round-trip.
  if (Buffer.from(text, 'utf8').toString('base64url') !== id) return null;

  const [version, type, prefix, ...rest] = text.split(':');
  const providerId = rest.join(':');
  if (version !== VERSION || type === undefined || !TYPE_NAME.test(type)) return null;
  const provider = prefix === undefined ? undefined : providerByGlobalIdPrefix(prefix);
  if (provider === undefined || !providerInfo(provider).providerIdPattern.test(providerId)) return null;
  return { type, provider, providerId };
}
