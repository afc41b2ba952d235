import { decodeGlobalId } from '../../lib/global-id';
import { loaderKey, type Loaders } from '../loaders';
import { ProviderNotFoundError, ProviderRejectedError } from '../../errors/domain-errors';
import { runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { PixPayoutBatchStatus, type PixPayoutBatchRecord } from './model';
import { PIX_PAYOUTS, type PixPayoutPort } from './port';

export interface PixPayoutTransitionResult {
  pixPayoutBatch: PixPayoutBatchRecord | null;
  userErrors: UserErrorShape[];
}

type Transition = 'release' | 'cancel';

/** Where each transition leads from CREATED; being there (or past it) already answers the batch as it is. */
const DONE: Record<Transition, ReadonlySet<PixPayoutBatchStatus>> = {
  release: new Set([PixPayoutBatchStatus.PROCESSING, PixPayoutBatchStatus.COMPLETED, PixPayoutBatchStatus.PARTIALLY_COMPLETED, PixPayoutBatchStatus.FAILED]),
  cancel: new Set([PixPayoutBatchStatus.CANCELLED]),
};

const failed = (error: UserErrorShape): PixPayoutTransitionResult => ({ pixPayoutBatch: null, userErrors: [error] });

/**
 * release / cancel as state transitions. One attempt per (client, batch, transition) runs at a time
 * (the idempotency guard, keyed by the batch id: concurrent and repeated calls wait and share
 * it), and each attempt reads the batch first: the provider is asked to act only from CREATED.
 * A batch already released answers its current state; a released batch cannot be cancelled nor a
 * cancelled one released (INVALID_STATE). Replays answer the batch as it is now (one GET).
 */
export async function transitionPixPayoutBatch(
  transition: Transition,
  batchGlobalId: string,
  deps: Pick<UseCaseDeps, 'ports' | 'idempotency' | 'clientId' | 'loaders'>,
): Promise<PixPayoutTransitionResult> {
  const id = decodeGlobalId(batchGlobalId);
  if (!id || id.type !== 'PixPayoutBatch') return failed(userError(['input', 'batchId'], UserErrorCode.INVALID, 'batchId is not a PixPayoutBatch id.'));
  const provider = deps.ports.get(PIX_PAYOUTS, id.provider);
  const result = await runKeyed(deps, {
    operation: `${transition}PixPayoutBatch`,
    key: id.providerId,
    request: { batchGlobalId },
    provider: id.provider,
    // The runner always hands the attempt over: the batch id is the key.
    execute: (attempt) => act(transition, provider, id.providerId, attempt),
    failed,
    // A refused transition (INVALID_STATE, NOT_FOUND) is re-checked next time: the batch may be created later… or not; cheap either way.
    isFinal: (payload) => payload.pixPayoutBatch !== null,
    // A replay: the stored answer is the batch when it was released; answer it as it is now.
    replay: async (stored) => (stored.pixPayoutBatch ? { pixPayoutBatch: await deps.loaders.pixPayoutBatch.load(loaderKey(id.provider, id.providerId)), userErrors: [] } : stored),
  });
  return primed(deps.loaders, result);
}

async function act(transition: Transition, provider: PixPayoutPort, batchId: string, attempt: AttemptInfo | undefined): Promise<PixPayoutTransitionResult> {
  let batch: PixPayoutBatchRecord;
  try {
    batch = await provider.getBatch(batchId);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(userError(['input', 'batchId'], UserErrorCode.NOT_FOUND, 'No such Pix payout batch.'));
    throw error;
  }
  const refused = refusal(transition, batch);
  if (refused !== undefined) return refused;
  attempt?.beforeWrite?.();
  try {
    const after = transition === 'release' ? await provider.releaseBatch(batchId) : await provider.cancelBatch(batchId);
    return { pixPayoutBatch: after, userErrors: [] };
  } catch (error) {
    if (!(error instanceof ProviderRejectedError)) return failed(providerRejectionAsUserError(error));
    // 400 (ASM-A33/A34): the batch left CREATED meanwhile (a concurrent cancel vs release). Say where it is.
    return refusal(transition, await provider.getBatch(batchId)) ?? failed(providerRejectionAsUserError(error));
  }
}

/** The answer without a provider call when the batch is not CREATED: done already, or INVALID_STATE. */
function refusal(transition: Transition, batch: PixPayoutBatchRecord): PixPayoutTransitionResult | undefined {
  if (DONE[transition].has(batch.status)) return { pixPayoutBatch: batch, userErrors: [] };
  if (batch.status === PixPayoutBatchStatus.CREATED) return undefined;
  const verb = transition === 'release' ? 'released' : 'cancelled';
  return failed(userError(['input', 'batchId'], UserErrorCode.INVALID_STATE, `A ${batch.status} batch cannot be ${verb}; only a CREATED one can.`));
}

/** Later reads of the batch in this request (the payload's fields, `node`) answer what the transition returned. */
function primed(loaders: Loaders, result: PixPayoutTransitionResult): PixPayoutTransitionResult {
  const batch = result.pixPayoutBatch;
  if (batch) loaders.pixPayoutBatch.prime(loaderKey(batch.provider, batch.batchId), batch);
  return result;
}
