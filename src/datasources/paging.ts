import type { Page } from '../domain/models';

export interface ProviderPage<T> {
  items: T[];
  totalElements: number;
}

/**
 * Maps an offset window (what Relay cursors encode) onto a provider's fixed page/size paging.
 * Page size = the window size, so an aligned window costs one call and an unaligned one
 * (the client changed `first` between pages) at most two.
 */
export async function fetchWindow<T>(offset: number, limit: number, fetchPage: (page: number, size: number) => Promise<ProviderPage<T>>): Promise<Page<T>> {
  const size = limit;
  const firstPage = Math.floor(offset / size);
  const skip = offset - firstPage * size;
  const first = await fetchPage(firstPage, size);
  let items = first.items.slice(skip);
  if (skip > 0 && items.length < limit && offset + items.length < first.totalElements) {
    const second = await fetchPage(firstPage + 1, size);
    items = items.concat(second.items);
  }
  items = items.slice(0, limit);
  return { items, totalCount: first.totalElements, hasNextPage: offset + items.length < first.totalElements };
}
