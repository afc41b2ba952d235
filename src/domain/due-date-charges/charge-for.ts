import { decodeGlobalId } from '../../lib/global-id';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import type { UseCaseDeps } from '../use-case';
import type { DueDatePixChargeRecord } from './model';
import type { DueDatePixChargePort } from './port';
import { portFor } from './port-for';

/** The charge a mutation's `input.id` names: its port and txid, no provider call yet. */
export interface ChargeRef {
  port: DueDatePixChargePort;
  txid: string;
}

/** `input.id` → its provider's port and the txid; or the user error (INVALID id, NOT_SUPPORTED provider). */
export function chargeRef(id: string, ports: UseCaseDeps['ports']): ChargeRef | { userError: UserErrorShape } {
  const decoded = decodeGlobalId(id);
  if (!decoded || decoded.type !== 'DueDatePixCharge') return { userError: userError(['input', 'id'], UserErrorCode.INVALID, 'id is not a DueDatePixCharge id.') };
  const port = portFor(ports, decoded.provider, ['input', 'id']);
  return 'userError' in port ? port : { port, txid: decoded.providerId };
}

/** The charge, read through the request's loader; NOT_FOUND when the provider has none. */
export async function loadCharge(ref: ChargeRef, loaders: UseCaseDeps['loaders']): Promise<DueDatePixChargeRecord | { userError: UserErrorShape }> {
  try {
    return await loaders.dueDatePixCharge.load(loaderKey(ref.port.code, ref.txid));
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { userError: userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No such due-date Pix charge.') };
    throw error;
  }
}

/** Both steps at once, for mutations with nothing to check in between. */
export async function chargeFor(
  id: string,
  deps: Pick<UseCaseDeps, 'ports' | 'loaders'>,
): Promise<{ port: DueDatePixChargePort; charge: DueDatePixChargeRecord } | { userError: UserErrorShape }> {
  const ref = chargeRef(id, deps.ports);
  if ('userError' in ref) return ref;
  const charge = await loadCharge(ref, deps.loaders);
  return 'userError' in charge ? charge : { port: ref.port, charge };
}
