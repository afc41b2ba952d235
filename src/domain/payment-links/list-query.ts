import type { PaymentLinkFilter } from '../../schema/payment-links/payment-link.inputs';
import { applyReferenceAndCreatedRange, documentFilter } from '../list-filters';
import type { PaymentLinkListQuery } from './port';

/** Filter arguments → the provider's list query; bad filters are refused before any call. */
export function paymentLinkListQuery(filter: PaymentLinkFilter | undefined, offset: number, limit: number): PaymentLinkListQuery {
  const query: PaymentLinkListQuery = { offset, limit };
  if (!filter) return query;
  if (filter.status) query.status = filter.status;
  if (filter.payerDocument) query.payerDocument = documentFilter(filter.payerDocument, 'payerDocument');
  applyReferenceAndCreatedRange(filter, query);
  return query;
}
