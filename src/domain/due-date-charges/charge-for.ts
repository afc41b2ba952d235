import { decodeGlobalId } from '../../lib/global-id';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import type { UseCaseDeps } from '../use-case';
import type { DueDatePixChargeRecord } from './model';
import type { DueDatePixChargePort } from './port';
import { portFor } from './port-for';

/** The charge a mutation's `input.id` names, read through the request's loader; or the user error saying why not. */
export async function chargeFor(
  id: string,
  deps: Pick<UseCaseDeps, 'ports' | 'loaders'>,
): Promise<{ port: DueDatePixChargePort; charge: DueDatePixChargeRecord } | { userError: UserErrorShape }> {
  const decoded = decodeGlobalId(id);
  if (!decoded || decoded.type !== 'DueDatePixCharge') return { userError: userError(['input', 'id'], UserErrorCode.INVALID, 'id is not a DueDatePixCharge id.') };
  const port = portFor(deps.ports, decoded.provider, ['input', 'id']);
  if ('userError' in port) return port;
  try {
    return { port, charge: await deps.loaders.dueDatePixCharge.load(loaderKey(decoded.provider, decoded.providerId)) };
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { userError: userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No such due-date Pix charge.') };
    throw error;
  }
}
