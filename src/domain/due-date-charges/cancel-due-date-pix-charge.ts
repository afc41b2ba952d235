import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import type { UseCaseDeps } from '../use-case';
import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from './model';
import { chargeFor } from './charge-for';

export interface DueDatePixChargeResult {
  dueDatePixCharge: DueDatePixChargeRecord | null;
  userErrors: UserErrorShape[];
}

const failed = (error: UserErrorShape): DueDatePixChargeResult => ({ dueDatePixCharge: null, userErrors: [error] });

/**
 * cancelDueDatePixCharge: read it → already cancelled: answer it as it is (a repeat is harmless,
 * so no idempotency key) → not ACTIVE: INVALID_STATE, no write → `PATCH` status
 * REMOVIDA_PELO_USUARIO_RECEBEDOR. Cancelling moves no money.
 */
export async function cancelDueDatePixCharge(input: { id: string }, deps: Pick<UseCaseDeps, 'ports' | 'loaders' | 'logger'>): Promise<DueDatePixChargeResult> {
  const found = await chargeFor(input.id, deps);
  if ('userError' in found) return failed(found.userError);
  const { port, charge } = found;
  if (charge.status === DueDatePixChargeStatus.CANCELLED) return { dueDatePixCharge: charge, userErrors: [] };
  if (charge.status !== DueDatePixChargeStatus.ACTIVE) {
    return failed(userError(['input', 'id'], UserErrorCode.INVALID_STATE, `Only an ACTIVE charge can be cancelled; this one is ${charge.status}.`));
  }
  try {
    const cancelled = await port.cancel(charge.txid);
    deps.loaders.dueDatePixCharge.clear(loaderKey(cancelled.provider, cancelled.txid)).prime(loaderKey(cancelled.provider, cancelled.txid), cancelled);
    deps.logger.info({ event: 'due_date_pix_charge_cancelled', provider: cancelled.provider, txid: cancelled.txid }, 'Due-date Pix charge cancelled');
    return { dueDatePixCharge: cancelled, userErrors: [] };
  } catch (error) {
    return failed(providerRejectionAsUserError(error));
  }
}
