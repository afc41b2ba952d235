import type { ProviderCode } from '../../providers';
import { loaderKey } from '../loaders';
import type { Page } from '../models';
import type { UseCaseDeps } from '../use-case';
import type { PayoutBatchIndex } from './batch-index';
import type { PixPayoutBatchRecord } from './model';

/**
 * One page of the batches this client created with `provider`, newest first. The provider cannot
 * list them (batch-index.ts says why), so the page comes from Paygraph's index and each batch is
 * read through the request's loader (one GET per batch, shared with any other read of it).
 */
export async function pixPayoutBatchPage(
  provider: ProviderCode,
  window: { offset: number; limit: number },
  deps: Pick<UseCaseDeps, 'clientId' | 'loaders'> & { payoutBatches: PayoutBatchIndex },
): Promise<Page<PixPayoutBatchRecord>> {
  const { ids, total } = await deps.payoutBatches.page(deps.clientId, provider, window.offset, window.limit);
  const items = await Promise.all(ids.map((id) => deps.loaders.pixPayoutBatch.load(loaderKey(provider, id))));
  return { items, totalCount: total, hasNextPage: window.offset + items.length < total };
}
