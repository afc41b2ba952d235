import type { CpfCnpjInput } from '../lib/scalar-values';
import { InvalidScalarInput } from '../lib/scalar-values';
import { BadUserInputError } from '../errors/domain-errors';
import { hasForbiddenText } from './input-checks';

/** The list filters several families share: a reference and a creation range. */
export interface ReferenceAndCreatedFilter {
  reference?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

/** A document filter's digits, or a BadUserInputError at `filter.<name>` when the scalar refused it. */
export function documentFilter(value: CpfCnpjInput, name: string): string {
  if (value instanceof InvalidScalarInput) throw new BadUserInputError(`filter.${name} ${value.reason}`, ['filter', name]);
  return value.value;
}

/** Copies reference and creation range into a provider query, refusing what no provider should receive. */
export function applyReferenceAndCreatedRange(filter: ReferenceAndCreatedFilter, query: ReferenceAndCreatedFilter): void {
  if (filter.reference && hasForbiddenText(filter.reference)) {
    throw new BadUserInputError('filter.reference must not contain control or bidirectional-override characters.', ['filter', 'reference']);
  }
  if (filter.reference) query.reference = filter.reference;
  if (filter.createdFrom) query.createdFrom = filter.createdFrom;
  if (filter.createdTo) query.createdTo = filter.createdTo;
  if (query.createdFrom && query.createdTo && query.createdFrom > query.createdTo) {
    throw new BadUserInputError('filter.createdFrom must not be after filter.createdTo.', ['filter', 'createdFrom']);
  }
}
