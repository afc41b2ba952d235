import type { CpfCnpjInput } from '../../lib/scalar-values';
import { BadUserInputError } from '../../errors/domain-errors';
import { hasForbiddenText } from '../input-checks';
import { documentFilter } from '../list-filters';
import type { CardRecurrenceStatus } from './model';
import type { CardRecurrenceQuery } from './port';

/** What `cardRecurrences(filter:)` hands over (the provider is chosen before). */
export interface CardRecurrenceFilterArgs {
  status?: CardRecurrenceStatus | null;
  reference?: string | null;
  payerDocument?: CpfCnpjInput | null;
}

/** `cardRecurrences(filter:)` → the port's query; a filter no provider should receive is a BAD_USER_INPUT naming it. */
export function cardRecurrenceQuery(filter: CardRecurrenceFilterArgs | undefined, offset: number, limit: number): CardRecurrenceQuery {
  const query: CardRecurrenceQuery = { offset, limit };
  if (!filter) return query;
  if (filter.reference && hasForbiddenText(filter.reference)) {
    throw new BadUserInputError('filter.reference must not contain control or bidirectional-override characters.', ['filter', 'reference']);
  }
  if (filter.reference) query.reference = filter.reference;
  if (filter.status) query.status = filter.status;
  if (filter.payerDocument) query.payerDocument = documentFilter(filter.payerDocument, 'payerDocument');
  return query;
}
