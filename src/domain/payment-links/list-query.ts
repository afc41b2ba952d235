import type { PaymentLinkFilter } from '../../schema/payment-links/payment-link.inputs';
import { InvalidScalarInput } from '../../schema/scalars/invalid-scalar-input';
import { BadUserInputError } from '../../errors/domain-errors';
import { hasForbiddenText } from '../input-checks';
import type { PaymentLinkListQuery } from './port';

/** Filter arguments → the provider's list query; bad filters are refused before any call. */
export function paymentLinkListQuery(filter: PaymentLinkFilter | undefined, offset: number, limit: number): PaymentLinkListQuery {
  const query: PaymentLinkListQuery = { offset, limit };
  if (!filter) return query;
  if (filter.status) query.status = filter.status;
  if (filter.payerDocument) {
    if (filter.payerDocument instanceof InvalidScalarInput) {
      throw new BadUserInputError(`filter.payerDocument ${filter.payerDocument.reason}`, ['filter', 'payerDocument']);
    }
    query.payerDocument = filter.payerDocument.value;
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
