import type { PixChargeFilter } from '../../schema/pix-charges/pix-charge.inputs';
import { NotSupportedError } from '../../errors/domain-errors';
import { applyReferenceAndCreatedRange, documentFilter } from '../list-filters';
import type { ChargeListQuery, PixChargeListPort } from './port';

/** Filter arguments → the provider's list query, refusing what the provider cannot filter on. */
export function chargeListQuery(provider: PixChargeListPort, filter: PixChargeFilter | undefined, offset: number, limit: number): ChargeListQuery {
  const query: ChargeListQuery = { offset, limit };
  if (!filter) return query;
  const supports = provider.listFilters;
  if (filter.status?.length) {
    if (!supports.status) throw new NotSupportedError(`${provider.code} cannot filter charges by status.`, { provider: provider.code });
    if (filter.status.length > 1) throw new NotSupportedError(`${provider.code} filters by one status at a time.`, { provider: provider.code });
    query.status = filter.status[0];
  }
  if (filter.debtorDocument) query.debtorDocument = documentFilter(filter.debtorDocument, 'debtorDocument');
  applyReferenceAndCreatedRange(filter, query);
  return query;
}
