import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import { AutomaticPixAuthorization } from '../../schema/automatic-pix/authorization.type';
import { AutomaticPixPayment, AutomaticPixPaymentConnection } from '../../schema/automatic-pix/payment.type';
import { DateScalar } from '../../schema/scalars';
import { AutomaticPixPaymentFilter, CreateAutomaticPixPaymentInput, RetryAutomaticPixPaymentInput } from '../../schema/automatic-pix/inputs';
import { AutomaticPixPaymentPayload } from '../../schema/automatic-pix/payloads';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from '../../domain/automatic-pix/model';
import { AUTOMATIC_PIX } from '../../domain/automatic-pix/port';
import { paymentListQuery } from '../../domain/automatic-pix/list-queries';
import { createAutomaticPixPayment, type PaymentResult } from '../../domain/automatic-pix/create-payment';
import { retryAutomaticPixPayment } from '../../domain/automatic-pix/retry-payment';
import { isFinalPayment, lastRetryDate, remainingRetries } from '../../domain/automatic-pix/rules';
import { loaderKey } from '../../domain/loaders';
import { listConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { listPort } from '../list-port';

@Resolver(() => AutomaticPixPayment)
export class AutomaticPixPaymentResolver {
  @Authorized('read')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => AutomaticPixPaymentConnection, {
    nullable: true,
    description: 'Automatic Pix payments of one provider, latest scheduled date first (Relay connection; `first` at most 100).',
  })
  async automaticPixPayments(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AutomaticPixPaymentFilter, { nullable: true }) filter?: AutomaticPixPaymentFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<AutomaticPixPaymentRecord>> {
    const provider = filter?.provider ?? DEFAULT_PROVIDER;
    const port = listPort(ctx, AUTOMATIC_PIX, provider, ['filter', 'provider']);
    return listConnection(
      { first, after },
      ({ offset, limit }) => port.listPayments(paymentListQuery(filter, provider, offset, limit)),
      (item) => ctx.loaders.automaticPixPayment.prime(loaderKey(item.provider, item.paymentId), item),
    );
  }

  @Authorized('write')
  // GET of the authorization (its rules), then the POST.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => AutomaticPixPaymentPayload, {
    description:
      'Schedules a debit under an APPROVED authorization. Refused before the debit is requested when the authorization is not APPROVED, the amount is outside its min/max, or the due date is not at least tomorrow (Brasília) and on or after its start date. Send `idempotencyKey` so a retry never debits twice.',
  })
  createAutomaticPixPayment(@Arg('input', () => CreateAutomaticPixPaymentInput) input: CreateAutomaticPixPaymentInput, @Ctx() ctx: GraphQLContext): Promise<PaymentResult> {
    return createAutomaticPixPayment(input, useCaseDeps(ctx));
  }

  @Authorized('write')
  // GETs of the payment and its authorization (the retry rules), then the POST.
  @Extensions({ [UPSTREAM_COST]: { perParent: 3 } })
  @Mutation(() => AutomaticPixPaymentPayload, {
    description:
      'Schedules a new attempt of a FAILED payment whose authorization accepts retries: at most 3 retries, on a date within 7 days of the due date, requested by 23:59 (Brasília) of the day before. Each rule is checked before the retry is requested.',
  })
  retryAutomaticPixPayment(@Arg('input', () => RetryAutomaticPixPaymentInput) input: RetryAutomaticPixPaymentInput, @Ctx() ctx: GraphQLContext): Promise<PaymentResult> {
    return retryAutomaticPixPayment(input, useCaseDeps(ctx));
  }

  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => AutomaticPixAuthorization, { description: 'The authorization this payment debits under (current state).' })
  authorization(@Root() payment: AutomaticPixPaymentRecord, @Ctx() ctx: GraphQLContext): Promise<AutomaticPixAuthorizationRecord> {
    return ctx.loaders.automaticPixAuthorization.load(loaderKey(payment.provider, payment.authorizationId));
  }

  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Retries still allowed: null once the payment is PAID or CANCELLED (final: no retry applies; `retryCount` says how many it took), 0 when it used all 3 or the authorization does not accept retries.',
  })
  async remainingRetries(@Root() payment: AutomaticPixPaymentRecord, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    // A final payment needs no read of its authorization.
    if (isFinalPayment(payment)) return null;
    const authorization = await ctx.loaders.automaticPixAuthorization.load(loaderKey(payment.provider, payment.authorizationId));
    return remainingRetries(payment, authorization);
  }

  @FieldResolver(() => DateScalar, { description: 'The last date a retry may be scheduled for (due date + 7 days), yyyy-MM-dd.' })
  lastRetryDate(@Root() payment: AutomaticPixPaymentRecord): string {
    return lastRetryDate(payment);
  }
}
