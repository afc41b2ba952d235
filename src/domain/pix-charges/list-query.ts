import type { ProviderCode } from '../../providers';
import type { CpfCnpjInput } from '../../lib/scalar-values';
import { NotSupportedError } from '../../errors/domain-errors';
import { applyReferenceAndCreatedRange, documentFilter } from '../list-filters';
import type { ChargeListQuery, PixChargeListPort } from './port';
import type { PixChargeStatus } from './model';

/** The `pixCharges` filter as the use case reads it (the schema's PixChargeFilter implements it). */
export interface PixChargeListFilter {
  provider?: ProviderCode;
  status?: PixChargeStatus[];
  createdFrom?: Date;
  createdTo?: Date;
  reference?: string;
  debtorDocument?: CpfCnpjInput;
}

/** Filter arguments → the provider's list query, refusing what the provider cannot filter on. */
export function chargeListQuery(provider: PixChargeListPort, filter: PixChargeListFilter | undefined, offset: number, limit: number): ChargeListQuery {
  const query: ChargeListQuery = { offset, limit };
  if (!filter) return query;
  const supports = provider.listFilters;
  if (filter.status?.length) {
    if (!supports.status) throw new NotSupportedError(`${provider.code} cannot filter charges by status.`, { provider: provider.code, filter: ['filter', 'status'] });
    if (filter.status.length > 1) throw new NotSupportedError(`${provider.code} filters by one status at a time.`, { provider: provider.code, filter: ['filter', 'status'] });
    query.status = filter.status[0];
  }
  if (filter.debtorDocument) query.debtorDocument = documentFilter(filter.debtorDocument, 'debtorDocument');
  applyReferenceAndCreatedRange(filter, query);
  return query;
}
