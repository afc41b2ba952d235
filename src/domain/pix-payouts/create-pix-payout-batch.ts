import type { ProviderCode } from '../../providers';
import { loaderKey } from '../loaders';
import { ProviderNotFoundError, ProviderRejectedError } from '../../errors/domain-errors';
import { checkIdempotencyKey, conflictError, runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { brasiliaToday } from '../../lib/brasilia-calendar';
import { payoutBatchId } from './batch-id';
import type { PayoutBatchIndex } from './batch-index';
import type { PixPayoutBatchRecord } from './model';
import { PIX_PAYOUTS, type CreatePixPayoutBatchCommand, type PixPayoutPort } from './port';
import { validateCreatePixPayoutBatch, type CreatePixPayoutBatchArgs } from './validate';

export interface CreatePixPayoutBatchResult {
  pixPayoutBatch: PixPayoutBatchRecord | null;
  userErrors: UserErrorShape[];
}

export interface CreatePixPayoutBatchRequest extends CreatePixPayoutBatchArgs {
  provider: ProviderCode;
  idempotencyKey: string;
}

/** What creating a batch needs: the use-case dependencies and the client's batch index (it lists them). */
export type CreatePixPayoutBatchDeps = Pick<UseCaseDeps, 'ports' | 'clock' | 'idempotency' | 'clientId' | 'loaders' | 'logger'> & { payoutBatches: PayoutBatchIndex };

/**
 * createPixPayoutBatch: validate everything (0 provider calls on bad input) → idempotency guard →
 * create with a batch id derived from (client, idempotencyKey). When an earlier attempt with the
 * key got no answer, the batch may exist: read it by that id first and adopt it, and create only
 * on 404. Even a race past the guard cannot make two batches: Astra refuses a repeated id.
 */
export async function createPixPayoutBatch(input: CreatePixPayoutBatchRequest, deps: CreatePixPayoutBatchDeps): Promise<CreatePixPayoutBatchResult> {
  const provider = deps.ports.get(PIX_PAYOUTS, input.provider);
  const validated = validateCreatePixPayoutBatch(input, provider.limits, brasiliaToday(deps.clock.now()));
  const keyErrors: UserErrorShape[] = [];
  if (!input.idempotencyKey) keyErrors.push(userError(['input', 'idempotencyKey'], UserErrorCode.REQUIRED, 'idempotencyKey is required: payouts send money and cannot be undone.'));
  else checkIdempotencyKey(input.idempotencyKey, keyErrors);
  if (!validated.ok || keyErrors.length > 0) return { pixPayoutBatch: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command: CreatePixPayoutBatchCommand = { batchId: payoutBatchId(deps.clientId, input.idempotencyKey), ...validated.value };

  // The key is required (checked above), so the runner always hands `execute` its attempt.
  const execute = async (attempt?: AttemptInfo): Promise<CreatePixPayoutBatchResult> => {
    const unanswered = (attempt?.previousAttempts.length ?? 0) > 0;
    const batch = (unanswered ? await existingBatch(provider, command.batchId) : undefined) ?? (await create(provider, command, attempt));
    if (batch.pixPayoutBatch) {
      await deps.payoutBatches.add(deps.clientId, provider.code, command.batchId);
      deps.loaders.pixPayoutBatch.prime(loaderKey(provider.code, command.batchId), batch.pixPayoutBatch);
      deps.logger.info({ event: unanswered ? 'pix_payout_batch_adopted' : 'pix_payout_batch_created', provider: provider.code, batchId: command.batchId }, 'Pix payout batch');
    }
    return batch;
  };
  return runKeyed(deps, {
    operation: 'createPixPayoutBatch',
    key: input.idempotencyKey,
    request: { provider: input.provider, ...command },
    provider: input.provider,
    execute,
    failed: (error) => ({ pixPayoutBatch: null, userErrors: [error] }),
    providerIds: (payload) => (payload.pixPayoutBatch ? [payload.pixPayoutBatch.batchId] : []),
  });
}

async function existingBatch(provider: PixPayoutPort, batchId: string): Promise<CreatePixPayoutBatchResult | undefined> {
  try {
    return { pixPayoutBatch: await provider.getBatch(batchId), userErrors: [] };
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return undefined;
    throw error;
  }
}

async function create(provider: PixPayoutPort, command: CreatePixPayoutBatchCommand, attempt: AttemptInfo | undefined): Promise<CreatePixPayoutBatchResult> {
  attempt?.beforeWrite?.();
  try {
    return { pixPayoutBatch: await provider.createBatch(command), userErrors: [] };
  } catch (error) {
    // Astra answers 400 for a batch id it already has (ASM-A30): this key's batch may exist even
    // though the guard has no record of it (expired after 24 h, or lost with the store).
    const existing = error instanceof ProviderRejectedError ? await existingBatch(provider, command.batchId) : undefined;
    if (existing?.pixPayoutBatch) return sameBatch(existing.pixPayoutBatch, command) ? existing : { pixPayoutBatch: null, userErrors: [conflictError()] };
    return { pixPayoutBatch: null, userErrors: [providerRejectionAsUserError(error)] };
  }
}

/** What the provider keeps of a batch that can be compared with a command: count and total. */
function sameBatch(batch: PixPayoutBatchRecord, command: CreatePixPayoutBatchCommand): boolean {
  const total = command.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  return batch.paymentCount === command.payments.length && batch.totalAmount.amount === total;
}
