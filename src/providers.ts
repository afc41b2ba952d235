/**
 * The payment providers Paygraph talks to, declared once. Everything else derives from this list:
 * the GraphQL enum `PaymentProvider` (schema/enums.ts), the provider segment of global ids
 * (lib/global-id.ts), the `provider` of records, events and error details, the names the HTTP
 * client puts in its messages, and the default for every `provider` argument. Each entry lives in
 * its provider's folder (`datasources/<p>/provider.ts`) and its module (src/provider-modules.ts)
 * points at the same object; docs/adding-a-provider.md has the steps. The entries are imported
 * here, not read from the module list: nearly every file imports this one, and the modules import
 * nearly every file, so deriving it from them would be an import cycle.
 */
import { ASTRA_PROVIDER } from './datasources/astra/provider';
import { PAGSTAR_PROVIDER } from './datasources/pagstar/provider';
import { PIX_API_PROVIDER } from './datasources/pix-api/provider';

export interface ProviderInfo {
  /** Stable code: the GraphQL enum value and `extensions.provider` of errors. Never renamed. */
  readonly code: string;
  /** How people write the name, in messages and logs ("Astra timed out…"). */
  readonly displayName: string;
  /** GraphQL description of the enum value: what Paygraph can do with this provider. */
  readonly description: string;
  /**
   * The provider segment inside a global id (`v1:<Type>:<prefix>:<providerId>`). Ids already handed
   * out carry it, so it never changes, even if `code` or `displayName` ever did.
   */
  readonly globalIdPrefix: string;
  /**
   * What a provider id inside a global id must look like (the provider's `assumptions.ts`):
   * decoding refuses anything else, so a forged id such as "." or ".." never reaches a URL path.
   */
  readonly providerIdPattern: RegExp;
}

export const PROVIDERS = [ASTRA_PROVIDER, PAGSTAR_PROVIDER, PIX_API_PROVIDER] as const satisfies readonly ProviderInfo[];

export type ProviderCode = (typeof PROVIDERS)[number]['code'];

/** Used wherever a client leaves `provider` out (creating or listing charges, webhooks). */
export const DEFAULT_PROVIDER: ProviderCode = 'ASTRA';

/**
 * The GraphQL enum object (registered in schema/enums.ts): `PaymentProvider.ASTRA === 'ASTRA'`.
 * A plain object rather than a TypeScript enum, so the type is the same as `ProviderCode` and
 * records need no casts between the two.
 */
export const PaymentProvider = Object.freeze(Object.fromEntries(PROVIDERS.map(({ code }) => [code, code]))) as {
  readonly [C in ProviderCode]: C;
};
export type PaymentProvider = ProviderCode;

const BY_CODE: ReadonlyMap<string, ProviderInfo> = new Map(PROVIDERS.map((provider) => [provider.code, provider]));
const BY_GLOBAL_ID_PREFIX: ReadonlyMap<string, ProviderCode> = new Map(PROVIDERS.map((provider) => [provider.globalIdPrefix, provider.code]));

export function isProviderCode(value: unknown): value is ProviderCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

/** Throws on an unknown code: the type system rules that out, so it is a programming error. */
export function providerInfo(code: ProviderCode): ProviderInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`Unknown provider: ${String(code)}`);
  return info;
}

/** The provider whose global ids carry `prefix`, or undefined (a corrupted or foreign id). */
export function providerByGlobalIdPrefix(prefix: string): ProviderCode | undefined {
  return BY_GLOBAL_ID_PREFIX.get(prefix);
}
