import type { ProviderCode } from '../../providers';
import { decodeGlobalId } from '../../lib/global-id';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { portKey } from '../ports';
import { loaderKey } from '../loaders';
import { checkIdempotencyKey, runKeyed } from '../idempotency';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import type { UseCaseDeps } from '../use-case';
import { PixChargeStatus, type PixChargeRecord } from './model';

/** Cancel an unpaid Pix charge (API Pix: `PATCH /cob/{txid}` to REMOVIDA_PELO_USUARIO_RECEBEDOR). Astra and Pagstar cannot. */
export interface PixChargeCancelPort {
  readonly code: ProviderCode;
  /** Answers the charge as it is after cancelling; a provider refusal (e.g. already paid) is a ProviderRejectedError. */
  cancelCharge(txid: string): Promise<PixChargeRecord>;
}

export const PIX_CHARGE_CANCEL = portKey<PixChargeCancelPort>('pixChargeCancel', 'cancel Pix charges');

/** What cancelPixCharge is asked (the schema's CancelPixChargeInput implements it). */
export interface CancelPixChargeRequest {
  /** Global id of the PixCharge. */
  id: string;
  idempotencyKey?: string | null;
}

export interface CancelPixChargeResult {
  pixCharge: PixChargeRecord | null;
  userErrors: UserErrorShape[];
}

type CancelDeps = Pick<UseCaseDeps, 'ports' | 'idempotency' | 'clientId' | 'loaders' | 'logger'>;

const failed = (error: UserErrorShape): CancelPixChargeResult => ({ pixCharge: null, userErrors: [error] });

/**
 * cancelPixCharge: id and key checks (no provider call) → idempotency → read the charge → only an
 * ACTIVE one is cancelled (a CANCELLED one is answered as it is: cancelling twice is not an error).
 */
export async function cancelPixCharge(input: CancelPixChargeRequest, deps: CancelDeps): Promise<CancelPixChargeResult> {
  const id = decodeGlobalId(input.id);
  if (!id || id.type !== 'PixCharge') return failed(userError(['input', 'id'], UserErrorCode.INVALID, 'id is not a PixCharge id.'));
  const provider = deps.ports.find(PIX_CHARGE_CANCEL, id.provider);
  if (!provider) return failed(userError(['input', 'id'], UserErrorCode.NOT_SUPPORTED, `${id.provider} cannot cancel Pix charges.`));
  const keyErrors: UserErrorShape[] = [];
  checkIdempotencyKey(input.idempotencyKey, keyErrors);
  if (keyErrors.length > 0) return { pixCharge: null, userErrors: keyErrors };
  return runKeyed<CancelPixChargeResult>(deps, {
    operation: 'cancelPixCharge',
    key: input.idempotencyKey,
    request: { id: input.id },
    provider: provider.code,
    // Cancelling is idempotent at the provider (the same status again): a repeat simply asks again.
    declaresWrites: false,
    execute: () => cancelOnce(provider, id.providerId, deps),
    failed,
    providerIds: (payload) => (payload.pixCharge ? [payload.pixCharge.txid] : []),
  });
}

async function cancelOnce(provider: PixChargeCancelPort, txid: string, deps: Pick<UseCaseDeps, 'loaders' | 'logger'>): Promise<CancelPixChargeResult> {
  const key = loaderKey(provider.code, txid);
  let charge: PixChargeRecord;
  try {
    charge = await deps.loaders.pixCharge.load(key);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No such Pix charge.'));
    throw error;
  }
  if (charge.status === PixChargeStatus.CANCELLED) return { pixCharge: charge, userErrors: [] };
  if (charge.status !== PixChargeStatus.ACTIVE) {
    return failed(userError(['input', 'id'], UserErrorCode.INVALID_STATE, `A ${charge.status} charge cannot be cancelled; only ACTIVE ones can.`));
  }
  let cancelled: PixChargeRecord;
  try {
    cancelled = await provider.cancelCharge(txid);
  } catch (error) {
    return failed(providerRejectionAsUserError(error, ['input', 'id']));
  }
  deps.loaders.pixCharge.clear(key).prime(key, cancelled);
  deps.logger.info({ event: 'pix_charge_cancelled', provider: provider.code, txid }, 'Pix charge cancelled');
  return { pixCharge: cancelled, userErrors: [] };
}
