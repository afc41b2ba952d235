import { ProviderRejectedError } from '../errors/domain-errors';

/** Stable codes of `UserError`: clients branch on them, so they are never renamed. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  NOT_FOUND = 'NOT_FOUND',
  NOT_SUPPORTED = 'NOT_SUPPORTED',
  INVALID_STATE = 'INVALID_STATE',
  DECLINED = 'DECLINED',
  IDEMPOTENCY_CONFLICT = 'IDEMPOTENCY_CONFLICT',
  PROVIDER_REJECTED = 'PROVIDER_REJECTED',
  IDEMPOTENCY_IN_PROGRESS = 'IDEMPOTENCY_IN_PROGRESS',
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
}

export interface UserErrorShape {
  field: string[] | null;
  code: UserErrorCode;
  message: string;
}

export function userError(field: string[] | null, code: UserErrorCode, message: string): UserErrorShape {
  return { field, code, message };
}

/** A provider 4xx becomes a PROVIDER_REJECTED user error; anything else is rethrown (top-level error). */
export function providerRejectionAsUserError(error: unknown, field: string[] = ['input']): UserErrorShape {
  if (error instanceof ProviderRejectedError) {
    const reference = error.details.upstreamTransactionId ? ` (x-transaction-id ${error.details.upstreamTransactionId})` : '';
    return userError(error.inputField ?? field, UserErrorCode.PROVIDER_REJECTED, `${error.message}${reference}`);
  }
  throw error;
}
