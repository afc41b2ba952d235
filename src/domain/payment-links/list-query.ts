import type { CpfCnpjInput } from '../../lib/scalar-values';
import { applyReferenceAndCreatedRange, documentFilter } from '../list-filters';
import type { PaymentLinkStatus } from './model';
import type { PaymentLinkListQuery } from './port';

/** What `paymentLinks(filter:)` hands over (the provider is chosen before). */
export interface PaymentLinkFilterArgs {
  status?: PaymentLinkStatus | null;
  payerDocument?: CpfCnpjInput | null;
  reference?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

/** Filter arguments → the provider's list query; bad filters are refused before any call. */
export function paymentLinkListQuery(filter: PaymentLinkFilterArgs | undefined, offset: number, limit: number): PaymentLinkListQuery {
  const query: PaymentLinkListQuery = { offset, limit };
  if (!filter) return query;
  if (filter.status) query.status = filter.status;
  if (filter.payerDocument) query.payerDocument = documentFilter(filter.payerDocument, 'payerDocument');
  applyReferenceAndCreatedRange(filter, query);
  return query;
}
