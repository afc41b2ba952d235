import type { ProviderCode } from '../../providers';
import { loaderKey } from '../loaders';
import { idempotencyKeyErrors, newAttemptId, runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import { providerRejectionAsUserError, userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { CardTransactionStatus, type CardTransactionRecord } from './model';
import { CARDS, type CardPort, type ChargeCardCommand } from './port';

export interface ChargeCardResult {
  cardTransaction: CardTransactionRecord | null;
  userErrors: UserErrorShape[];
}

export const failedCharge = (errors: UserErrorShape[]): ChargeCardResult => ({ cardTransaction: null, userErrors: errors });

/**
 * Runs a validated charge (new card or saved card) through the IdempotencyGuard. Each attempt tags
 * the transaction's description with its marker; an attempt that follows one whose answer was lost
 * (timeout, 5xx) first looks for a transaction carrying an earlier marker and adopts it, so a
 * retry never charges the card twice (docs/idempotency.md). A decline is data: the transaction
 * comes back with status DECLINED plus a DECLINED user error carrying the return code.
 */
export async function runCharge(
  deps: UseCaseDeps,
  provider: ProviderCode,
  command: ChargeCardCommand,
  idempotencyKey: string | null | undefined,
  operation: string,
): Promise<ChargeCardResult> {
  const port = deps.ports.get(CARDS, provider);
  const keyErrors = idempotencyKeyErrors(idempotencyKey);
  if (keyErrors.length > 0) return failedCharge(keyErrors);
  return runKeyed(deps, {
    operation,
    key: idempotencyKey,
    request: fingerprintOf(provider, command),
    provider,
    failed: (error) => failedCharge([error]),
    providerIds: (payload) => (payload.cardTransaction ? [payload.cardTransaction.transactionId] : []),
    // Without a key the charge is tagged too (a random marker), so a description ending in
    // something tag-like is never the caller's text being cut (transformers.ts strips one tag).
    execute: (attempt) => chargeOnce(deps, port, command, attempt ?? { attemptId: newAttemptId(), previousAttempts: [] }),
  });
}

async function chargeOnce(deps: Pick<UseCaseDeps, 'logger' | 'loaders'>, port: CardPort, command: ChargeCardCommand, attempt: AttemptInfo): Promise<ChargeCardResult> {
  const earlier = attempt.previousAttempts;
  if (earlier.length > 0) {
    const since = new Date(Math.min(...earlier.map((a) => a.startedAt)));
    const ours = await port.findByAttemptTags(
      earlier.map((a) => a.id),
      since,
      command.reference,
    );
    if (ours.length > 1) logDuplicate(deps, ours);
    if (ours.length > 0) return answer(deps, ours[0], 'card_charge_adopted');
    // Past the completion horizon with no trace: the earlier attempts did nothing; this is the one new attempt.
    deps.logger.warn({ event: 'card_charge_reattempted', earlierAttempts: earlier.map((a) => a.id) }, 'No transaction carries an earlier attempt of this key; charging once');
  }
  attempt.beforeWrite?.();
  try {
    const transaction = await port.charge({ ...command, attemptTag: attempt.attemptId });
    return answer(deps, transaction, 'card_charged');
  } catch (error) {
    return failedCharge([providerRejectionAsUserError(error)]);
  }
}

/** Two transactions of one key: money moved twice (an attempt completed after its horizon). The oldest is answered. */
function logDuplicate(deps: Pick<UseCaseDeps, 'logger'>, ours: CardTransactionRecord[]): void {
  deps.logger.error(
    { event: 'card_charge_duplicate', provider: ours[0].provider, transactionIds: ours.map((t) => t.transactionId) },
    'Several card transactions carry attempts of one idempotency key: cancel all but the first',
  );
}

function answer(deps: Pick<UseCaseDeps, 'logger' | 'loaders'>, transaction: CardTransactionRecord, event: string): ChargeCardResult {
  deps.loaders.cardTransaction.prime(loaderKey(transaction.provider, transaction.transactionId), transaction);
  // Ids and outcome only: the masked number is not needed to trace a charge.
  deps.logger.info({ event, provider: transaction.provider, transactionId: transaction.transactionId, status: transaction.status }, 'card transaction');
  if (transaction.status !== CardTransactionStatus.DECLINED) return { cardTransaction: transaction, userErrors: [] };
  const code = transaction.returnCode ?? 'unknown';
  return {
    cardTransaction: transaction,
    userErrors: [userError(['input'], UserErrorCode.DECLINED, `The card was declined (return code ${code}${transaction.returnMessage ? `: ${transaction.returnMessage}` : ''}).`)],
  };
}

/**
 * What makes two requests "the same" for the idempotency record: the card by its masked number and
 * expiry (never the PAN or the CVV, which must not reach the store even hashed), the rest as given.
 */
function fingerprintOf(provider: ProviderCode, command: ChargeCardCommand): unknown {
  const { securityCode: _cvv, ...rest } = command;
  if ('card' in rest) {
    const { card, ...others } = rest;
    return { provider, ...others, card: { masked: card.number.masked, holderName: card.holderName, expiry: [card.expiryYear, card.expiryMonth] } };
  }
  return { provider, ...rest };
}
