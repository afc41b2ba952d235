import type { GraphQLContext } from '../context';
import type { RefundPixChargeInput } from '../schema/pix-charge.inputs';
import type { PixChargeProvider } from '../domain/provider';
import type { PixChargeRecord, RefundRecord } from '../domain/models';
import { RefundStatus, PixChargeStatus } from '../domain/models';
import { decodeGlobalId } from '../lib/global-id';
import { formatCents } from '../lib/money';
import { checkAmount, checkLength } from '../domain/validate-pix';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../domain/user-errors';
import { ProviderNotFoundError } from '../errors/domain-errors';
import { loaderKey, providerFor } from '../datasources/loaders';
import { conflictError } from './create-pix-charge';
import type { AttemptInfo } from '../domain/idempotency';

/** Refunds may be created a little before our clock says the attempt started (clock skew). */
const RECONCILE_SKEW_MS = 60_000;

/**
 * A repeat of a refund whose first attempt got no answer (timeout, 5xx): Astra has no idempotency
 * (ASM-A05), so the first POST may have been executed. A refund of the same amount created since
 * that attempt is taken as its result instead of refunding twice.
 */
function reconcile(refunds: RefundRecord[], requested: number | undefined, attemptAt: number): RefundRecord | 'ambiguous' | 'none' {
  const candidates = refunds.filter(
    (r) => r.status !== RefundStatus.FAILED && (r.createdAt?.getTime() ?? 0) >= attemptAt - RECONCILE_SKEW_MS && (requested === undefined || r.amount.amount === requested),
  );
  if (candidates.length === 0) return 'none';
  return candidates.length === 1 ? candidates[0] : 'ambiguous';
}

interface RefundPayload {
  refund: RefundRecord | null;
  pixCharge: PixChargeRecord | null;
  userErrors: UserErrorShape[];
}

const REFUNDABLE = new Set([PixChargeStatus.PAID, PixChargeStatus.PARTIALLY_REFUNDED]);
const failed = (error: UserErrorShape): RefundPayload => ({ refund: null, pixCharge: null, userErrors: [error] });

/**
 * refundPixCharge: input checks (no provider call) → idempotency → read the charge and its
 * refunds (reads only) → business checks (state, remainder; no refund request) → refund.
 */
export async function refundPixCharge(input: RefundPixChargeInput, ctx: GraphQLContext): Promise<RefundPayload> {
  const id = decodeGlobalId(input.chargeId);
  if (!id || id.type !== 'PixCharge') return failed(userError(['input', 'chargeId'], UserErrorCode.INVALID, 'chargeId is not a PixCharge id.'));
  const provider = providerFor(ctx.services.pix, id.provider);
  if (!provider.capabilities.refunds) {
    return failed(userError(['input', 'chargeId'], UserErrorCode.NOT_SUPPORTED, `${provider.code} does not support refunds.`));
  }
  const errors: UserErrorShape[] = [];
  const requested = input.amount == null ? undefined : checkAmount(input.amount, ['input', 'amount'], { minAmountCents: 1, maxAmountCents: provider.limits.maxAmountCents }, errors);
  checkLength(input.reason, provider.limits.refundReasonMax, ['input', 'reason'], errors);
  if (errors.length > 0) return { refund: null, pixCharge: null, userErrors: errors };

  const execute = (attempt: AttemptInfo = {}) => refundCharge(ctx, provider, id.providerId, requested, input.reason ?? undefined, attempt);
  if (!input.idempotencyKey) return execute();
  const fingerprint = { chargeId: input.chargeId, amount: requested, reason: input.reason };
  const outcome = await ctx.services.idempotency.run(`${ctx.client.clientId}:refundPixCharge`, input.idempotencyKey, fingerprint, execute);
  return outcome.kind === 'conflict' ? failed(conflictError()) : outcome.value;
}

async function refundCharge(
  ctx: GraphQLContext,
  provider: PixChargeProvider,
  txid: string,
  requested: number | undefined,
  reason: string | undefined,
  attempt: AttemptInfo,
): Promise<RefundPayload> {
  const key = loaderKey(provider.code, txid);
  let charge: PixChargeRecord;
  try {
    charge = await ctx.loaders.pixCharge.load(key);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return failed(userError(['input', 'chargeId'], UserErrorCode.NOT_FOUND, 'No such Pix charge.'));
    throw error;
  }
  if (!REFUNDABLE.has(charge.status)) {
    return failed(userError(['input', 'chargeId'], UserErrorCode.INVALID_STATE, `A ${charge.status} charge cannot be refunded; only PAID or PARTIALLY_REFUNDED ones can.`));
  }
  const refunds = await ctx.loaders.refundsOfCharge.load({ provider: provider.code, txid, createdAt: charge.createdAt });
  if (attempt.previousAttemptAt !== undefined) {
    const reconciled = reconcile(refunds, requested, attempt.previousAttemptAt);
    if (reconciled !== 'none') {
      ctx.logger.warn({ event: 'pix_refund_reconciled', provider: provider.code, txid, outcome: reconciled === 'ambiguous' ? 'ambiguous' : 'adopted' }, 'retry of a refund whose first attempt had no answer');
      if (reconciled === 'ambiguous') {
        return failed(userError(['input', 'idempotencyKey'], UserErrorCode.INVALID_STATE, 'An earlier attempt with this key got no answer from the provider and several refunds may match it; check the charge\'s refunds before retrying with a new key.'));
      }
      return { refund: reconciled, pixCharge: charge, userErrors: [] };
    }
  }
  // In-flight refunds count against the remainder too (ASM-A23), so two requests cannot over-refund.
  const pending = refunds.filter((r) => r.status === RefundStatus.PROCESSING).reduce((sum, r) => sum + r.amount.amount, 0);
  const remainder = charge.amount.amount - charge.amountRefunded.amount - pending;
  if (remainder <= 0) {
    return failed(userError(['input', 'chargeId'], UserErrorCode.INVALID_STATE, 'Nothing is left to refund on this charge (completed and in-flight refunds cover it).'));
  }
  if (requested !== undefined && requested > remainder) {
    return failed(userError(['input', 'amount'], UserErrorCode.INVALID, `amount must be at most the refundable remainder, ${formatCents(remainder)}.`));
  }
  let refund: RefundRecord;
  try {
    refund = await provider.requestRefund({ txid, amountCents: requested ?? remainder, ...(reason !== undefined ? { reason } : {}) });
  } catch (error) {
    return failed(providerRejectionAsUserError(error));
  }
  ctx.logger.info({ event: 'pix_refund_requested', provider: provider.code, txid, refundId: refund.refundId }, 'Refund requested');
  // The charge changed upstream: read it again rather than serve the cached copy.
  ctx.loaders.pixCharge.clear(key);
  ctx.loaders.refundsOfCharge.clear({ provider: provider.code, txid, createdAt: charge.createdAt });
  ctx.loaders.refund.prime(loaderKey(provider.code, refund.refundId), refund);
  const fresh = await ctx.loaders.pixCharge.load(key).catch(() => charge);
  return { refund, pixCharge: fresh, userErrors: [] };
}
