import type { ProviderCode } from '../../providers';
import { providerRejectionAsUserError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import { createOutcomeUnknownError, idempotencyKeyErrors, runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import type { PaymentLinkRecord } from './model';
import { PAYMENT_LINKS } from './port';
import { validateCreatePaymentLink, type CreatePaymentLinkArgs } from './validate';

/** createPaymentLink's input: the link, at which provider, and the caller's idempotency key. */
export interface CreatePaymentLinkCommandArgs extends CreatePaymentLinkArgs {
  provider: ProviderCode;
  idempotencyKey?: string | null;
}

export interface CreatePaymentLinkResult {
  paymentLink: PaymentLinkRecord | null;
  userErrors: UserErrorShape[];
}

/**
 * createPaymentLink: validate (zero provider calls on bad input) → idempotency → create.
 * Like createPixCharge: Astra generates the link id and the create body has no field Paygraph owns
 * that a list can match exactly (userReference is the caller's and not unique; the list cannot
 * filter on description), so after an attempt that got no answer every retry with the key answers
 * OUTCOME_UNKNOWN instead of risking a second link (docs/idempotency.md).
 */
export async function createPaymentLink(input: CreatePaymentLinkCommandArgs, deps: UseCaseDeps): Promise<CreatePaymentLinkResult> {
  const provider = deps.ports.get(PAYMENT_LINKS, input.provider);
  const validated = validateCreatePaymentLink(input, provider.limits);
  const keyErrors = idempotencyKeyErrors(input.idempotencyKey);
  if (!validated.ok || keyErrors.length > 0) return { paymentLink: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command = validated.value;

  const execute = async (attempt?: AttemptInfo): Promise<CreatePaymentLinkResult> => {
    if (attempt && attempt.previousAttempts.length > 0)
      return {
        paymentLink: null,
        userErrors: [createOutcomeUnknownError(attempt.previousAttempts[0].startedAt, 'the link', 'paymentLinks (by reference, payer document or creation time)')],
      };
    try {
      const link = await provider.createLink(command);
      deps.loaders.paymentLink.prime(loaderKey(link.provider, link.providerId), link);
      deps.logger.info({ event: 'payment_link_created', provider: link.provider, providerId: link.providerId }, 'Payment link created');
      return { paymentLink: link, userErrors: [] };
    } catch (error) {
      return { paymentLink: null, userErrors: [providerRejectionAsUserError(error)] };
    }
  };
  // Not runProviderWrite: its OUTCOME_UNKNOWN message is generic, this one says where to look for the link.
  return runKeyed(deps, {
    operation: 'createPaymentLink',
    key: input.idempotencyKey,
    request: { provider: input.provider, ...command },
    provider: input.provider,
    failed: (error) => ({ paymentLink: null, userErrors: [error] }),
    // OUTCOME_UNKNOWN is an answer about earlier attempts, not an outcome: the key stays unknown.
    isFinal: (payload) => payload.userErrors[0]?.code !== UserErrorCode.OUTCOME_UNKNOWN,
    providerIds: (payload) => (payload.paymentLink ? [payload.paymentLink.providerId] : []),
    // The create is the attempt's only call: the whole attempt is the write.
    declaresWrites: false,
    execute,
  });
}
