import { BadUserInputError } from '../errors/domain-errors';
import type { Page } from '../domain/models';
import type { ConnectionShape } from '../schema/connection';

export const MAX_PAGE_SIZE = 100;
const CURSOR_PREFIX = 'o1:';

/** Cursors encode an offset (opaque to clients): providers page by number, Relay by cursor. */
export function offsetCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function offsetFromCursor(cursor: string | null | undefined, argName = 'after'): number {
  if (cursor == null) return 0;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new BadUserInputError(`${argName} is not a cursor from this list.`, [argName]);
  return offset + 1;
}

export function checkFirst(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, ['first']);
  }
  return value;
}

/** A provider page at `offset` → Relay connection. */
export function toConnection<T>(page: Page<T>, offset: number): ConnectionShape<T> {
  const edges = page.items.map((node, index) => ({ cursor: offsetCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** Slices an in-memory list (children already loaded in full) into a connection. */
export function sliceToConnection<T>(items: T[], first: number | null | undefined, after: string | null | undefined): ConnectionShape<T> {
  const offset = offsetFromCursor(after);
  const limit = checkFirst(first);
  const slice = items.slice(offset, offset + limit);
  return toConnection({ items: slice, totalCount: items.length, hasNextPage: offset + slice.length < items.length }, offset);
}

/** Where a list query starts and how many it takes, from the Relay arguments (checked). */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * The one shape of every provider-paged list field: check `first`/`after`, fetch the page at that
 * window, prime the request's loaders with each item (later reads in the same operation, such
 * as `node` or a parent field, hit the cache), and answer the Relay connection.
 */
export async function listConnection<T>(
  args: { first?: number | null; after?: string | null },
  fetchPage: (window: PageWindow) => Promise<Page<T>>,
  prime?: (item: T) => void,
): Promise<ConnectionShape<T>> {
  const offset = offsetFromCursor(args.after);
  const page = await fetchPage({ offset, limit: checkFirst(args.first) });
  if (prime) for (const item of page.items) prime(item);
  return toConnection(page, offset);
}
