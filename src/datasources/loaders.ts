import DataLoader from 'dataloader';
import type { ChargeRef, PixChargeProvider } from '../domain/provider';
import type { PixChargeRecord, RefundRecord } from '../domain/models';
import type { ProviderCode } from '../providers';
import { NotSupportedError } from '../errors/domain-errors';
import type { WebhookProvider, WebhookProviders, WebhookRecord } from '../webhooks/models';

export type PixProviders = ReadonlyMap<ProviderCode, PixChargeProvider>;

export interface ChargeKey {
  provider: ProviderCode;
  txid: string;
  createdAt: Date | null;
}

/**
 * Per-request loaders (DESIGN §3: built in the context, never shared between requests): one
 * operation never fetches the same resource twice, and lists of children are batched.
 */
export interface Loaders {
  pixCharge: DataLoader<string, PixChargeRecord>;
  refund: DataLoader<string, RefundRecord>;
  refundsOfCharge: DataLoader<ChargeKey, RefundRecord[], string>;
  /** Key `loaderKey(provider, webhookId)`. */
  webhook: DataLoader<string, WebhookRecord>;
}

export function loaderKey(provider: ProviderCode, id: string): string {
  return `${provider}:${id}`;
}

export function providerFor(providers: PixProviders, code: ProviderCode): PixChargeProvider {
  const provider = providers.get(code);
  if (!provider) throw new NotSupportedError(`Provider ${code} is not configured on this server.`);
  return provider;
}

export function createLoaders(providers: PixProviders, webhookProviders: WebhookProviders = new Map()): Loaders {
  return {
    pixCharge: new DataLoader((keys) => settleEach(keys, (provider, id) => providerFor(providers, provider).getCharge(id))),
    refund: new DataLoader((keys) => settleEach(keys, (provider, id) => providerFor(providers, provider).getRefund(id))),
    refundsOfCharge: new DataLoader((keys) => refundsByProvider(providers, keys), {
      cacheKeyFn: (key) => loaderKey(key.provider, key.txid),
    }),
    webhook: new DataLoader((keys) => settleEach(keys, async (provider, id) => webhookProviderFor(webhookProviders, provider).get(id))),
  };
}

export function webhookProviderFor(providers: WebhookProviders, code: ProviderCode): WebhookProvider {
  const provider = providers.get(code);
  if (!provider) throw new NotSupportedError(`Paygraph cannot manage ${code} webhooks.`, { provider: code });
  return provider;
}

/** No batch endpoint: one GET per distinct key, in parallel; a failure fails only its own key. */
function settleEach<T>(keys: readonly string[], fetchOne: (provider: ProviderCode, id: string) => Promise<T>): Promise<(T | Error)[]> {
  return Promise.all(
    keys.map((key) => {
      const split = key.indexOf(':');
      return fetchOne(key.slice(0, split) as ProviderCode, key.slice(split + 1)).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
    }),
  );
}

async function refundsByProvider(providers: PixProviders, keys: readonly ChargeKey[]): Promise<(RefundRecord[] | Error)[]> {
  const groups = new Map<ProviderCode, ChargeRef[]>();
  for (const key of keys) {
    const group = groups.get(key.provider) ?? [];
    group.push({ txid: key.txid, createdAt: key.createdAt });
    groups.set(key.provider, group);
  }
  const results = new Map<string, RefundRecord[] | Error>();
  await Promise.all(
    [...groups].map(async ([code, refs]) => {
      try {
        const byTxid = await providerFor(providers, code).refundsOfCharges(refs);
        for (const ref of refs) results.set(loaderKey(code, ref.txid), byTxid.get(ref.txid) ?? []);
      } catch (error) {
        for (const ref of refs) results.set(loaderKey(code, ref.txid), error as Error);
      }
    }),
  );
  return keys.map((key) => results.get(loaderKey(key.provider, key.txid)) ?? []);
}
