import { loaderKey, type Loaders } from '../loaders';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { decodeGlobalId } from '../../lib/global-id';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import type { ProviderCode } from '../../providers';
import { idempotencyKeyErrors, runProviderWrite } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import { loadAuthorization, type PaymentResult } from './create-payment';
import type { AutomaticPixPaymentRecord } from './model';
import { AUTOMATIC_PIX } from './port';
import { retryDateInTime, retryRuleErrors } from './rules';
import { checkDate } from './validate';

export interface RetryPaymentArgs {
  paymentId: string;
  scheduledDate: string;
  idempotencyKey?: string | null;
}

const fail = (userErrors: UserErrorShape[]): PaymentResult => ({ payment: null, userErrors });

/**
 * retryAutomaticPixPayment. The request-time rule (by 23:59 Brasília of the day before) costs no
 * call; the payment's rules (FAILED, retries accepted, at most 3, within 7 days of the due date)
 * cost the GETs of the payment and its authorization, never the retry POST.
 */
export async function retryAutomaticPixPayment(
  input: RetryPaymentArgs,
  deps: Pick<UseCaseDeps, 'ports' | 'clock' | 'idempotency' | 'clientId' | 'loaders'>,
): Promise<PaymentResult> {
  const id = decodeGlobalId(input.paymentId);
  if (!id || id.type !== 'AutomaticPixPayment') return fail([userError(['input', 'paymentId'], UserErrorCode.INVALID, 'paymentId is not an AutomaticPixPayment id.')]);
  const port = deps.ports.get(AUTOMATIC_PIX, id.provider);
  const now = deps.clock.now();
  const errors: UserErrorShape[] = [];
  const scheduledDate = checkDate(input.scheduledDate, ['input', 'scheduledDate'], errors);
  const lateError = scheduledDate === undefined ? null : retryDateInTime(scheduledDate, now);
  if (lateError) errors.push(lateError);
  errors.push(...idempotencyKeyErrors(input.idempotencyKey));
  if (errors.length > 0 || scheduledDate === undefined) return fail(errors);

  const precheck = async (): Promise<UserErrorShape[]> => {
    const payment = await loadPayment(deps.loaders, id.provider, id.providerId);
    if (!payment) return [userError(['input', 'paymentId'], UserErrorCode.NOT_FOUND, 'No such payment.')];
    const authorization = await loadAuthorization(deps.loaders, id.provider, payment.authorizationId);
    if (!authorization) return [userError(['input', 'paymentId'], UserErrorCode.NOT_FOUND, "The payment's authorization no longer exists.")];
    return retryRuleErrors(payment, authorization, scheduledDate, now);
  };
  const command = { paymentId: id.providerId, scheduledDate };
  const request = { provider: id.provider, ...command };
  const answer = await runProviderWrite(deps, {
    operation: 'retryAutomaticPixPayment',
    provider: id.provider,
    key: input.idempotencyKey,
    request,
    call: () => port.retryPayment(command),
    providerId: (p) => p.paymentId,
    precheck,
  });
  if (answer.value) {
    deps.loaders.automaticPixPayment.clear(loaderKey(id.provider, id.providerId)).prime(loaderKey(id.provider, id.providerId), answer.value);
  }
  return { payment: answer.value, userErrors: answer.userErrors };
}

async function loadPayment(loaders: Loaders, provider: ProviderCode, paymentId: string): Promise<AutomaticPixPaymentRecord | null> {
  try {
    return await loaders.automaticPixPayment.load(loaderKey(provider, paymentId));
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return null;
    throw error;
  }
}
