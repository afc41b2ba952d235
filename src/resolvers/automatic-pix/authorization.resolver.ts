import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import type { ConnectionShape } from '../../schema/connection';
import { PaymentProvider } from '../../schema/enums';
import { DEFAULT_PROVIDER } from '../../providers';
import {
  AutomaticPixAuthorization,
  AutomaticPixAuthorizationConnection,
  AutomaticPixParticipant,
  AutomaticPixParticipantConnection,
} from '../../schema/automatic-pix/authorization.type';
import { AutomaticPixPaymentConnection } from '../../schema/automatic-pix/payment.type';
import { AutomaticPixAuthorizationFilter, CreateAutomaticPixAuthorizationInput } from '../../schema/automatic-pix/inputs';
import { CreateAutomaticPixAuthorizationPayload } from '../../schema/automatic-pix/payloads';
import { AutomaticPixPaymentStatus } from '../../schema/automatic-pix/enums';
import type { AutomaticPixAuthorizationRecord, AutomaticPixParticipantRecord, AutomaticPixPaymentRecord } from '../../domain/automatic-pix/model';
import { AUTOMATIC_PIX } from '../../domain/automatic-pix/port';
import { authorizationListQuery } from '../../domain/automatic-pix/list-queries';
import { createAutomaticPixAuthorization, type CreateAuthorizationResult } from '../../domain/automatic-pix/create-authorization';
import { loaderKey } from '../../domain/loaders';
import { PARTICIPANT_SCAN_MAX_PAGES } from '../../domain/automatic-pix/participant-names';
import { listConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { listPort } from '../list-port';

@Resolver(() => AutomaticPixAuthorization)
export class AutomaticPixAuthorizationResolver {
  @Authorized('read')
  // A window at any offset spans at most 2 provider pages.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => AutomaticPixParticipantConnection, { nullable: true, description: 'Institutions a payer can authorize Automatic Pix debits from, by name.' })
  async automaticPixParticipants(
    @Ctx() ctx: GraphQLContext,
    @Arg('provider', () => PaymentProvider, { defaultValue: DEFAULT_PROVIDER }) provider: PaymentProvider,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<AutomaticPixParticipantRecord>> {
    const port = listPort(ctx, AUTOMATIC_PIX, provider, ['provider']);
    return listConnection({ first, after }, ({ offset, limit }) => port.listParticipants(offset, limit));
  }

  @Authorized('read')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => AutomaticPixAuthorizationConnection, { nullable: true, description: 'Automatic Pix authorizations of one provider (Relay connection; `first` at most 100).' })
  async automaticPixAuthorizations(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AutomaticPixAuthorizationFilter, { nullable: true }) filter?: AutomaticPixAuthorizationFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<AutomaticPixAuthorizationRecord>> {
    const port = listPort(ctx, AUTOMATIC_PIX, filter?.provider ?? DEFAULT_PROVIDER, ['filter', 'provider']);
    return listConnection(
      { first, after },
      ({ offset, limit }) => port.listAuthorizations(authorizationListQuery(filter, offset, limit)),
      (item) => ctx.loaders.automaticPixAuthorization.prime(loaderKey(item.provider, item.authorizationId), item),
    );
  }

  @Authorized('write')
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Mutation(() => CreateAutomaticPixAuthorizationPayload, {
    description:
      'Asks a payer to authorize recurring Automatic Pix debits (status PENDING until they approve in their bank app; watch it with automaticPixAuthorizationUpdated). Validated before any provider call; send `idempotencyKey` to make retries safe.',
  })
  createAutomaticPixAuthorization(
    @Arg('input', () => CreateAutomaticPixAuthorizationInput) input: CreateAutomaticPixAuthorizationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateAuthorizationResult> {
    return createAutomaticPixAuthorization(input, useCaseDeps(ctx));
  }

  // One scan of the participants list for every authorization of the request (the loader batches).
  @Extensions({ [UPSTREAM_COST]: { perBatch: PARTICIPANT_SCAN_MAX_PAGES } })
  @FieldResolver(() => AutomaticPixParticipant, { description: "The payer's institution: its ISPB, and its name from the participants list." })
  async participant(@Root() authorization: AutomaticPixAuthorizationRecord, @Ctx() ctx: GraphQLContext): Promise<AutomaticPixParticipantRecord> {
    const { ispb, name } = authorization.participant;
    if (name !== null) return authorization.participant;
    return { ispb, name: await ctx.loaders.automaticPixParticipantName.load(loaderKey(authorization.provider, ispb)) };
  }

  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @FieldResolver(() => AutomaticPixPaymentConnection, { description: 'Payments under this authorization, latest scheduled date first.' })
  async payments(
    @Root() authorization: AutomaticPixAuthorizationRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => AutomaticPixPaymentStatus, { nullable: true }) status?: AutomaticPixPaymentStatus,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<AutomaticPixPaymentRecord>> {
    const port = ctx.services.ports.get(AUTOMATIC_PIX, authorization.provider);
    return listConnection(
      { first, after },
      ({ offset, limit }) => port.listPayments({ offset, limit, authorizationId: authorization.authorizationId, ...(status ? { status } : {}) }),
      (item) => ctx.loaders.automaticPixPayment.prime(loaderKey(item.provider, item.paymentId), item),
    );
  }
}
