import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { loaderKey, settleEach } from '../loaders';
import type { ProviderCode } from '../../providers';
import type { PixRefundRecord } from './model';
import { PIX_REFUNDS, type ChargeRef } from './port';

export interface ChargeKey {
  provider: ProviderCode;
  txid: string;
  createdAt: Date | null;
}

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, refundId)`. */
    refund: DataLoader<string, PixRefundRecord>;
    /** All refunds of a charge, batched per provider (no N+1). */
    refundsOfCharge: DataLoader<ChargeKey, PixRefundRecord[], string>;
  }
}

export function refundLoaders(ports: PortRegistry) {
  return {
    refund: new DataLoader<string, PixRefundRecord>((keys) => settleEach(keys, (provider, id) => ports.get(PIX_REFUNDS, provider).getRefund(id))),
    refundsOfCharge: new DataLoader<ChargeKey, PixRefundRecord[], string>((keys) => refundsByProvider(ports, keys), {
      cacheKeyFn: (key) => loaderKey(key.provider, key.txid),
    }),
  };
}

async function refundsByProvider(ports: PortRegistry, keys: readonly ChargeKey[]): Promise<(PixRefundRecord[] | Error)[]> {
  const groups = new Map<ProviderCode, ChargeRef[]>();
  for (const key of keys) {
    const group = groups.get(key.provider) ?? [];
    group.push({ txid: key.txid, createdAt: key.createdAt });
    groups.set(key.provider, group);
  }
  const results = new Map<string, PixRefundRecord[] | Error>();
  await Promise.all(
    [...groups].map(async ([code, refs]) => {
      try {
        const byTxid = await ports.get(PIX_REFUNDS, code).refundsOfCharges(refs);
        for (const ref of refs) results.set(loaderKey(code, ref.txid), byTxid.get(ref.txid) ?? []);
      } catch (error) {
        for (const ref of refs) results.set(loaderKey(code, ref.txid), error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );
  return keys.map((key) => results.get(loaderKey(key.provider, key.txid)) ?? []);
}
