import type { ProviderCode } from '../../providers';
import type { CpfCnpjInput } from '../../lib/scalar-values';
import { BadUserInputError } from '../../errors/domain-errors';
import { documentFilter } from '../list-filters';
import type { DueDatePixChargeStatus } from './model';
import type { DueDateChargeListQuery } from './port';

/** The `dueDatePixCharges` filter as the use case reads it (the schema's DueDatePixChargeFilter implements it). */
export interface DueDatePixChargeListFilter {
  provider?: ProviderCode;
  status?: DueDatePixChargeStatus;
  createdFrom?: Date;
  createdTo?: Date;
  debtorDocument?: CpfCnpjInput;
}

/** Without a window the list covers the last 30 days: the API Pix requires `inicio` and `fim` (ASM-X52). */
export const DEFAULT_LIST_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** Filter arguments → the provider's list query; the creation window defaults around the (sandbox) clock's now. */
export function dueDateChargeListQuery(filter: DueDatePixChargeListFilter | undefined, offset: number, limit: number, now: Date): DueDateChargeListQuery {
  const createdTo = filter?.createdTo ?? now;
  const createdFrom = filter?.createdFrom ?? new Date(createdTo.getTime() - DEFAULT_LIST_WINDOW_DAYS * DAY_MS);
  if (createdFrom > createdTo) throw new BadUserInputError('filter.createdFrom must not be after filter.createdTo.', ['filter', 'createdFrom']);
  return {
    offset,
    limit,
    createdFrom,
    createdTo,
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.debtorDocument ? { debtorDocument: documentFilter(filter.debtorDocument, 'debtorDocument') } : {}),
  };
}
