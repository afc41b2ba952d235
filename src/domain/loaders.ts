import type { ProviderCode } from '../providers';

/**
 * Per-request DataLoaders (built in the context, never shared between requests). Each
 * family adds its own members by declaration merging, in its own folder:
 *
 *   declare module '../loaders' { interface Loaders { pixCharge: DataLoader<string, PixChargeRecord> } }
 *
 * so adding a family never edits a shared type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each family (see above)
export interface Loaders {}

/**
 * Helpers for the per-request DataLoaders each family builds (built in the context,
 * never shared between requests, so one operation never fetches the same resource twice).
 */

/** The cache key of one provider object: `<provider>:<provider id>`. */
export function loaderKey(provider: ProviderCode, id: string): string {
  return `${provider}:${id}`;
}

/**
 * No batch endpoint: one GET per distinct key, in parallel; a failure fails only its own key. A
 * fetch that throws before returning a promise (`ports.get` answering NOT_SUPPORTED for a
 * provider without the capability) fails its key the same way, instead of the whole batch.
 */
export function settleEach<T>(keys: readonly string[], fetchOne: (provider: ProviderCode, id: string) => Promise<T>): Promise<(T | Error)[]> {
  return Promise.all(
    keys.map((key) => {
      const split = key.indexOf(':');
      return Promise.resolve()
        .then(() => fetchOne(key.slice(0, split) as ProviderCode, key.slice(split + 1)))
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    }),
  );
}
