import { BadUserInputError } from '../../errors/domain-errors';
import { decodeGlobalId } from '../../lib/global-id';
import type { ProviderCode } from '../../providers';
import { InvalidScalarInput } from '../../lib/scalar-values';
import type { CpfCnpjInput } from '../../lib/scalar-values';
import { hasForbiddenText } from '../input-checks';
import { isCalendarDate } from '../../lib/brasilia-calendar';
import type { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus } from './model';
import type { AuthorizationListQuery, PaymentListQuery } from './port';

export interface AuthorizationFilterArgs {
  status?: AutomaticPixAuthorizationStatus;
  contractReference?: string;
  payerDocument?: CpfCnpjInput;
}

export interface PaymentFilterArgs {
  authorizationId?: string;
  status?: AutomaticPixPaymentStatus;
  scheduledFrom?: string;
  scheduledTo?: string;
}

/** Filter → the provider's list query; bad input is refused (with its path) before any call. */
export function authorizationListQuery(filter: AuthorizationFilterArgs | undefined, offset: number, limit: number): AuthorizationListQuery {
  const query: AuthorizationListQuery = { offset, limit };
  if (filter?.status) query.status = filter.status;
  if (filter?.contractReference) {
    if (hasForbiddenText(filter.contractReference)) throw new BadUserInputError('filter.contractReference must not contain control characters.', ['filter', 'contractReference']);
    query.contractReference = filter.contractReference;
  }
  if (filter?.payerDocument instanceof InvalidScalarInput) throw new BadUserInputError(`filter.payerDocument ${filter.payerDocument.reason}`, ['filter', 'payerDocument']);
  if (filter?.payerDocument) query.payerDocument = filter.payerDocument.value;
  return query;
}

/** Also answers which provider the filter's authorization id names (it must match `provider`). */
export function paymentListQuery(filter: PaymentFilterArgs | undefined, provider: ProviderCode, offset: number, limit: number): PaymentListQuery {
  const query: PaymentListQuery = { offset, limit };
  if (filter?.status) query.status = filter.status;
  if (filter?.authorizationId) {
    const id = decodeGlobalId(filter.authorizationId);
    if (!id || id.type !== 'AutomaticPixAuthorization' || id.provider !== provider) {
      throw new BadUserInputError(`filter.authorizationId is not an AutomaticPixAuthorization id of ${provider}.`, ['filter', 'authorizationId']);
    }
    query.authorizationId = id.providerId;
  }
  for (const field of ['scheduledFrom', 'scheduledTo'] as const) {
    const value = filter?.[field];
    if (value === undefined || value === null) continue;
    if (!isCalendarDate(value)) throw new BadUserInputError(`filter.${field} must be a date in yyyy-MM-dd format.`, ['filter', field]);
    query[field] = value;
  }
  if (query.scheduledFrom && query.scheduledTo && query.scheduledFrom > query.scheduledTo) {
    throw new BadUserInputError('filter.scheduledFrom must not be after filter.scheduledTo.', ['filter', 'scheduledFrom']);
  }
  return query;
}
