import type { PixChargeFilter } from '../../schema/pix-charges/pix-charge.inputs';
import { InvalidScalarInput } from '../../schema/scalars/invalid-scalar-input';
import { BadUserInputError, NotSupportedError } from '../../errors/domain-errors';
import { hasForbiddenText } from '../input-checks';
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
  if (filter.debtorDocument) {
    if (filter.debtorDocument instanceof InvalidScalarInput) {
      throw new BadUserInputError(`filter.debtorDocument ${filter.debtorDocument.reason}`, ['filter', 'debtorDocument']);
    }
    query.debtorDocument = filter.debtorDocument.value;
  }
  if (filter.reference && hasForbiddenText(filter.reference)) {
    throw new BadUserInputError('filter.reference must not contain control or bidirectional-override characters.', ['filter', 'reference']);
  }
  if (filter.reference) query.reference = filter.reference;
  if (filter.createdFrom) query.createdFrom = filter.createdFrom;
  if (filter.createdTo) query.createdTo = filter.createdTo;
  if (query.createdFrom && query.createdTo && query.createdFrom > query.createdTo) {
    throw new BadUserInputError('filter.createdFrom must not be after filter.createdTo.', ['filter', 'createdFrom']);
  }
  return query;
}
