import { NotSupportedError } from '../../errors/domain-errors';
import type { ProviderCode } from '../../providers';
import type { PortRegistry } from '../ports';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { DUE_DATE_PIX_CHARGES, type DueDatePixChargePort } from './port';

/** The provider's port, or NOT_SUPPORTED on `field` (Astra and Pagstar have no charges with a due date). */
export function portFor(ports: PortRegistry, provider: ProviderCode, field: string[]): DueDatePixChargePort | { userError: UserErrorShape } {
  try {
    return ports.get(DUE_DATE_PIX_CHARGES, provider);
  } catch (error) {
    if (error instanceof NotSupportedError) return { userError: userError(field, UserErrorCode.NOT_SUPPORTED, error.message) };
    throw error;
  }
}
