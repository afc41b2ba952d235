import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PaymentLink, PaymentLinkConnection } from '../../schema/payment-links/payment-link.type';
import { CreatePaymentLinkInput, PaymentLinkFilter } from '../../schema/payment-links/payment-link.inputs';
import { CreatePaymentLinkPayload } from '../../schema/payment-links/create-payment-link.payload';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import type { GraphQLContext } from '../../context';
import type { PaymentLinkRecord } from '../../domain/payment-links/model';
import { PAYMENT_LINKS } from '../../domain/payment-links/port';
import { createPaymentLink, type CreatePaymentLinkResult } from '../../domain/payment-links/create-payment-link';
import { paymentLinkListQuery } from '../../domain/payment-links/list-query';
import { loaderKey } from '../../domain/loaders';
import { useCaseDeps } from '../use-case-deps';
import { listConnection } from '../pagination';
import { ForbiddenError } from '../../errors/domain-errors';
import { listPort } from '../list-port';

@Resolver(() => PaymentLink)
export class PaymentLinkResolver {
  /**
   * ASM-A57: the provider does not say what the code is for, and a 6-digit "verification" code is
   * the shape of an out-of-band check (the payer or the merchant confirming something). Until that
   * is known it is treated as a secret of the merchant: a browser credential (client token,
   * publishable key, OIDC token) lives in a page anyone can read, so it gets FORBIDDEN on this field.
   */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The provider's verification code for the link (Astra `verificationToken`, 6 digits; its purpose is undocumented). Server keys only: a browser credential (client token, OIDC token) gets FORBIDDEN on this field, the rest of the link still answers. Null when the provider sent none.",
  })
  verificationToken(@Root() link: PaymentLinkRecord, @Ctx() ctx: GraphQLContext): string | null {
    const kind = ctx.client.kind;
    if (kind !== 'server-key' && kind !== 'open') throw new ForbiddenError('verificationToken is readable with a server key only, never by a browser credential.');
    return link.verificationToken;
  }

  @Authorized('read')
  // A window of `first` links at any offset spans at most 2 provider pages.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => PaymentLinkConnection, { nullable: true, description: 'Payment links of one provider, newest first (Relay connection; `first` at most 100).' })
  async paymentLinks(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PaymentLinkFilter, { nullable: true }) filter?: PaymentLinkFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<PaymentLinkRecord>> {
    const provider = listPort(ctx, PAYMENT_LINKS, filter?.provider ?? DEFAULT_PROVIDER, ['filter', 'provider']);
    return listConnection(
      { first, after },
      ({ offset, limit }) => provider.listLinks(paymentLinkListQuery(filter, offset, limit)),
      (link) => ctx.loaders.paymentLink.prime(loaderKey(link.provider, link.providerId), link),
    );
  }

  @Authorized('write')
  // One POST; a create whose answer was lost is not looked up (OUTCOME_UNKNOWN), so no second call.
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Mutation(() => CreatePaymentLinkPayload, {
    description: 'Creates a payment link (a hosted page paid by Pix or card in installments). Validated before any provider call; send `idempotencyKey` to make retries safe.',
  })
  createPaymentLink(@Arg('input', () => CreatePaymentLinkInput) input: CreatePaymentLinkInput, @Ctx() ctx: GraphQLContext): Promise<CreatePaymentLinkResult> {
    return createPaymentLink(input, useCaseDeps(ctx));
  }
}
