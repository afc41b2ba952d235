import type { CardRecurrenceFilter } from '../../schema/card-recurrences/inputs';
import { BadUserInputError } from '../../errors/domain-errors';
import { hasForbiddenText } from '../input-checks';
import { documentFilter } from '../list-filters';
import type { CardRecurrenceQuery } from './port';

/** `cardRecurrences(filter:)` → the port's query; a filter no provider should receive is a BAD_USER_INPUT naming it. */
export function cardRecurrenceQuery(filter: CardRecurrenceFilter | undefined, offset: number, limit: number): CardRecurrenceQuery {
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
