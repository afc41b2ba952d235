import { loaderKey, type Loaders } from '../loaders';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { decodeGlobalId } from '../../lib/global-id';
import type { DecimalInput } from '../../lib/scalar-values';
import { checkLength } from '../input-checks';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { inTimeFor } from '../../lib/brasilia-calendar';
import type { ProviderCode } from '../../providers';
import { idempotencyKeyErrors, runProviderWrite } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from './model';
import { AUTOMATIC_PIX } from './port';
import { paymentRuleErrors } from './rules';
import { checkDate, checkMoney } from './validate';

export interface CreatePaymentArgs {
  authorizationId: string;
  amount: DecimalInput;
  dueDate: string;
  description?: string | null;
  reference?: string | null;
  idempotencyKey?: string | null;
}

export interface PaymentResult {
  payment: AutomaticPixPaymentRecord | null;
  userErrors: UserErrorShape[];
}

const fail = (userErrors: UserErrorShape[]): PaymentResult => ({ payment: null, userErrors });

/**
 * createAutomaticPixPayment. Input-only rules (format, amount, due date vs. the Brasília clock)
 * cost no provider call; the authorization's rules (APPROVED, min/max, start date) cost one GET of
 * the authorization and never the POST.
 */
export async function createAutomaticPixPayment(
  input: CreatePaymentArgs,
  deps: Pick<UseCaseDeps, 'ports' | 'clock' | 'idempotency' | 'clientId' | 'loaders'>,
): Promise<PaymentResult> {
  const id = decodeGlobalId(input.authorizationId);
  if (!id || id.type !== 'AutomaticPixAuthorization')
    return fail([userError(['input', 'authorizationId'], UserErrorCode.INVALID, 'authorizationId is not an AutomaticPixAuthorization id.')]);
  const port = deps.ports.get(AUTOMATIC_PIX, id.provider);
  const now = deps.clock.now();
  const errors: UserErrorShape[] = [];
  const amountCents = checkMoney(input.amount, ['input', 'amount'], port.limits, errors);
  const dueDate = checkDate(input.dueDate, ['input', 'dueDate'], errors);
  if (dueDate !== undefined && !inTimeFor(dueDate, now)) {
    errors.push(userError(['input', 'dueDate'], UserErrorCode.INVALID, 'dueDate must be tomorrow or later (Brasília): a debit must be requested by 23:59 of the day before.'));
  }
  checkLength(input.description, port.limits.descriptionMax, ['input', 'description'], errors);
  checkLength(input.reference, port.limits.referenceMax, ['input', 'reference'], errors);
  errors.push(...idempotencyKeyErrors(input.idempotencyKey));
  if (errors.length > 0 || amountCents === undefined || dueDate === undefined) return fail(errors);

  const precheck = async (): Promise<UserErrorShape[]> => {
    const authorization = await loadAuthorization(deps.loaders, id.provider, id.providerId);
    if (!authorization) return [userError(['input', 'authorizationId'], UserErrorCode.NOT_FOUND, 'No such authorization.')];
    return paymentRuleErrors(authorization, amountCents, dueDate, now);
  };
  const command = {
    authorizationId: id.providerId,
    amountCents,
    dueDate,
    ...(input.description != null ? { description: input.description } : {}),
    ...(input.reference != null ? { reference: input.reference } : {}),
  };
  const answer = await runProviderWrite(deps, {
    operation: 'createAutomaticPixPayment',
    provider: id.provider,
    key: input.idempotencyKey,
    request: { provider: id.provider, ...command },
    call: () => port.createPayment(command),
    providerId: (p) => p.paymentId,
    precheck,
  });
  if (answer.value) deps.loaders.automaticPixPayment.prime(loaderKey(answer.value.provider, answer.value.paymentId), answer.value);
  return { payment: answer.value, userErrors: answer.userErrors };
}

/** The authorization as the provider has it now, or null when it does not exist. */
export async function loadAuthorization(loaders: Loaders, provider: ProviderCode, authorizationId: string): Promise<AutomaticPixAuthorizationRecord | null> {
  try {
    return await loaders.automaticPixAuthorization.load(loaderKey(provider, authorizationId));
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return null;
    throw error;
  }
}
