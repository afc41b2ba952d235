import { decodeGlobalId } from '../../lib/global-id';
import { formatCents } from '../../lib/money';
import type { DecimalInput } from '../../lib/scalar-values';
import { checkAmount, checkLength } from '../input-checks';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { loaderKey } from '../loaders';
import { checkIdempotencyKey, newAttemptId, runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import { PixChargeStatus, type PixChargeRecord } from '../pix-charges/model';
import type { PixRefundRecord } from './model';
import { PIX_REFUNDS, type PixRefundPort, type RefundCommand } from './port';
import { pendingCents, refundsOfAttempts } from './reconcile';

/** What refundPixCharge is asked (the schema's RefundPixChargeInput implements it). */
export interface RefundPixChargeRequest {
  /** Global id of the PixCharge. */
  chargeId: string;
  /** Omitted: the whole refundable remainder. */
  amount?: DecimalInput | null;
  reason?: string | null;
  idempotencyKey?: string | null;
}

type RefundDeps = Pick<UseCaseDeps, 'ports' | 'idempotency' | 'clientId' | 'loaders' | 'logger'>;

export interface RefundPixChargeResult {
  refund: PixRefundRecord | null;
  pixCharge: PixChargeRecord | null;
  userErrors: UserErrorShape[];
}

const REFUNDABLE = new Set([PixChargeStatus.PAID, PixChargeStatus.PARTIALLY_REFUNDED]);
const failed = (error: UserErrorShape): RefundPixChargeResult => ({ refund: null, pixCharge: null, userErrors: [error] });

/**
 * refundPixCharge: input checks (no provider call) → idempotency → read the charge and its
 * refunds (reads only) → after an unanswered attempt, adopt the refund carrying one of this key's
 * attempt markers (ASM-A52) → business checks (state, remainder; no refund request) → refund,
 * tagged with this attempt's marker.
 */
export async function refundPixCharge(input: RefundPixChargeRequest, deps: RefundDeps): Promise<RefundPixChargeResult> {
  const id = decodeGlobalId(input.chargeId);
  if (!id || id.type !== 'PixCharge') return failed(userError(['input', 'chargeId'], UserErrorCode.INVALID, 'chargeId is not a PixCharge id.'));
  const provider = deps.ports.find(PIX_REFUNDS, id.provider);
  if (!provider) return failed(userError(['input', 'chargeId'], UserErrorCode.NOT_SUPPORTED, `${id.provider} does not support refunds.`));
  const errors: UserErrorShape[] = [];
  const requested =
    input.amount == null ? undefined : checkAmount(input.amount, ['input', 'amount'], { minAmountCents: 1, maxAmountCents: provider.limits.maxAmountCents }, errors);
  checkLength(input.reason, provider.limits.reasonMax, ['input', 'reason'], errors);
  checkIdempotencyKey(input.idempotencyKey, errors);
  if (errors.length > 0) return { refund: null, pixCharge: null, userErrors: errors };

  return runKeyed<RefundPixChargeResult>(deps, {
    operation: 'refundPixCharge',
    key: input.idempotencyKey,
    request: { chargeId: input.chargeId, amount: requested, reason: input.reason },
    provider: provider.code,
    execute: (attempt) =>
      refundCharge(
        deps,
        provider,
        id.providerId,
        requested,
        input.reason ?? undefined,
        attempt,
        input.idempotencyKey ? { clientId: deps.clientId, key: input.idempotencyKey } : undefined,
      ),
    failed,
    providerIds: (payload) => (payload.refund ? [payload.refund.chargeTxid, payload.refund.refundId] : []),
  });
}

async function refundCharge(
  deps: Pick<UseCaseDeps, 'loaders' | 'logger'>,
  provider: PixRefundPort,
  txid: string,
  requested: number | undefined,
  reason: string | undefined,
  attempt: AttemptInfo | undefined,
  idempotency?: { clientId: string; key: string },
): Promise<RefundPixChargeResult> {
  const key = loaderKey(provider.code, txid);
  let charge: PixChargeRecord;
  try {
    charge = await deps.loaders.pixCharge.load(key);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(userError(['input', 'chargeId'], UserErrorCode.NOT_FOUND, 'No such Pix charge.'));
    throw error;
  }
  const refunds = await deps.loaders.refundsOfCharge.load({ provider: provider.code, txid, createdAt: charge.createdAt });
  // A provider that names the refund by the key (API Pix) finds a lost attempt's refund by itself: ask again.
  if (attempt && attempt.previousAttempts.length > 0 && provider.idempotentByKey && idempotency) {
    // Without an amount: what is left now (the provider finds the first attempt's refund before it looks at the amount).
    const left = Math.max(0, charge.amount.amount - charge.amountRefunded.amount - pendingCents(refunds));
    return requestAndAnswer(
      deps,
      provider,
      charge,
      key,
      { txid, amountCents: requested ?? left, ...(reason !== undefined ? { reason } : {}), idempotency, known: { charge, refunds } },
      attempt,
    );
  }
  if (attempt && attempt.previousAttempts.length > 0) {
    const ours = refundsOfAttempts(refunds, attempt.previousAttempts);
    if (ours.length > 0) {
      const log = ours.length === 1 ? deps.logger.warn.bind(deps.logger) : deps.logger.error.bind(deps.logger);
      log({ event: 'pix_refund_reconciled', provider: provider.code, txid, refundIds: ours.map((r) => r.refundId) }, 'A retry found the refund its unanswered attempt made');
      return { refund: ours[0], pixCharge: charge, userErrors: [] };
    }
    // Past the completion horizon with no trace: the earlier attempts did nothing; this is the one new attempt.
    deps.logger.warn(
      { event: 'pix_refund_reattempted', provider: provider.code, txid, earlierAttempts: attempt.previousAttempts.map((a) => a.id) },
      'No refund carries an earlier attempt of this key',
    );
  }
  // Checked after reconciliation: a lost attempt's full refund may have made the charge REFUNDED.
  if (!REFUNDABLE.has(charge.status)) {
    return failed(userError(['input', 'chargeId'], UserErrorCode.INVALID_STATE, `A ${charge.status} charge cannot be refunded; only PAID or PARTIALLY_REFUNDED ones can.`));
  }
  const remainder = charge.amount.amount - charge.amountRefunded.amount - pendingCents(refunds);
  if (remainder <= 0) {
    return failed(userError(['input', 'chargeId'], UserErrorCode.INVALID_STATE, 'Nothing is left to refund on this charge (completed and in-flight refunds cover it).'));
  }
  if (requested !== undefined && requested > remainder) {
    return failed(userError(['input', 'amount'], UserErrorCode.INVALID, `amount must be at most the refundable remainder, ${formatCents(remainder)}.`));
  }
  return requestAndAnswer(
    deps,
    provider,
    charge,
    key,
    {
      txid,
      amountCents: requested ?? remainder,
      ...(reason !== undefined ? { reason } : {}),
      // Tagged even without a key: the tag then always ends the description, so a caller's reason
      // that happens to end like a tag is never mistaken for one (ASM-A52).
      attemptMarker: attempt?.attemptId ?? newAttemptId(),
      ...(idempotency ? { idempotency } : {}),
      known: { charge, refunds },
    },
    attempt,
  );
}

/** The refund request itself, then the fresh charge. */
async function requestAndAnswer(
  deps: Pick<UseCaseDeps, 'loaders' | 'logger'>,
  provider: PixRefundPort,
  charge: PixChargeRecord,
  key: string,
  command: RefundCommand,
  attempt: AttemptInfo | undefined,
): Promise<RefundPixChargeResult> {
  const { txid } = command;
  let refund: PixRefundRecord;
  attempt?.beforeWrite?.();
  try {
    refund = await provider.requestRefund(command);
  } catch (error) {
    return failed(providerRejectionAsUserError(error));
  }
  deps.logger.info({ event: 'pix_refund_requested', provider: provider.code, txid, refundId: refund.refundId }, 'Refund requested');
  // The charge changed upstream: read it again rather than serve the cached copy.
  deps.loaders.pixCharge.clear(key);
  deps.loaders.refundsOfCharge.clear({ provider: provider.code, txid, createdAt: charge.createdAt });
  deps.loaders.refund.prime(loaderKey(provider.code, refund.refundId), refund);
  const fresh = await deps.loaders.pixCharge.load(key).catch(() => charge);
  return { refund, pixCharge: fresh, userErrors: [] };
}
