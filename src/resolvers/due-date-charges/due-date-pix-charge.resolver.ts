import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { DueDatePixCharge, DueDatePixChargeConnection } from '../../schema/due-date-charges/due-date-pix-charge.type';
import { CancelDueDatePixChargeInput, CreateDueDatePixChargeInput, DueDatePixChargeFilter, UpdateDueDatePixChargeInput } from '../../schema/due-date-charges/inputs';
import { CancelDueDatePixChargePayload, CreateDueDatePixChargePayload, UpdateDueDatePixChargePayload } from '../../schema/due-date-charges/payloads';
import { Money } from '../../schema/money.type';
import type { ConnectionShape } from '../../schema/connection';
import type { GraphQLContext } from '../../context';
import { brl, type MoneyValue } from '../../domain/models';
import { loaderKey } from '../../domain/loaders';
import type { DueDatePixChargeRecord } from '../../domain/due-date-charges/model';
import { DUE_DATE_PIX_CHARGES } from '../../domain/due-date-charges/port';
import { createDueDatePixCharge, type CreateDueDatePixChargeResult } from '../../domain/due-date-charges/create-due-date-pix-charge';
import { cancelDueDatePixCharge, type DueDatePixChargeResult } from '../../domain/due-date-charges/cancel-due-date-pix-charge';
import { dueDateChargeListQuery } from '../../domain/due-date-charges/list-query';
import { updateDueDatePixCharge } from '../../domain/due-date-charges/update-due-date-pix-charge';
import { listConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { listPort } from '../list-port';

@Resolver(() => DueDatePixCharge)
export class DueDatePixChargeResolver {
  @Authorized('read')
  // A window of `first` charges at any offset spans at most 2 provider pages.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => DueDatePixChargeConnection, {
    nullable: true,
    description:
      'Pix charges with a due date of one provider (PIX_API when `filter.provider` is not given), by creation time (Relay connection; `first` at most 100). Read one with `node(id:)`. A provider without them (Astra, Pagstar) is NOT_SUPPORTED on this field alone.',
  })
  async dueDatePixCharges(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => DueDatePixChargeFilter, { nullable: true }) filter?: DueDatePixChargeFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<DueDatePixChargeRecord>> {
    const port = listPort(ctx, DUE_DATE_PIX_CHARGES, filter?.provider ?? 'PIX_API', ['filter', 'provider']);
    const now = ctx.services.clock.now();
    return listConnection(
      { first, after },
      ({ offset, limit }) => port.list(dueDateChargeListQuery(filter, offset, limit, now)),
      (charge) => ctx.loaders.dueDatePixCharge.prime(loaderKey(charge.provider, charge.txid), charge),
    );
  }

  @Authorized('write')
  // The PUT; after an attempt whose answer was lost, a GET of the derived txid first.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CreateDueDatePixChargePayload, {
    description: 'Creates a Pix charge with a due date (PIX_API only). Validated before any provider call; send `idempotencyKey` to make retries safe.',
  })
  createDueDatePixCharge(@Arg('input', () => CreateDueDatePixChargeInput) input: CreateDueDatePixChargeInput, @Ctx() ctx: GraphQLContext): Promise<CreateDueDatePixChargeResult> {
    return createDueDatePixCharge(input, useCaseDeps(ctx));
  }

  @Authorized('write')
  // A GET of its current state, then the PATCH.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CancelDueDatePixChargePayload, {
    description: 'Cancels an ACTIVE charge with a due date (its payer can no longer pay it). Cancelling a cancelled one answers it unchanged; a PAID one is INVALID_STATE.',
  })
  cancelDueDatePixCharge(@Arg('input', () => CancelDueDatePixChargeInput) input: CancelDueDatePixChargeInput, @Ctx() ctx: GraphQLContext): Promise<DueDatePixChargeResult> {
    return cancelDueDatePixCharge(input, useCaseDeps(ctx));
  }

  @Authorized('write')
  // A GET of its current state, then the PATCH.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => UpdateDueDatePixChargePayload, {
    description: 'Revises an ACTIVE charge with a due date (`PATCH`): only the given fields change, and the result must pass the create rules. Validated before any write.',
  })
  updateDueDatePixCharge(@Arg('input', () => UpdateDueDatePixChargeInput) input: UpdateDueDatePixChargeInput, @Ctx() ctx: GraphQLContext): Promise<DueDatePixChargeResult> {
    return updateDueDatePixCharge(input, useCaseDeps(ctx));
  }

  @Extensions({ [UPSTREAM_COST]: { perParent: 0 } })
  @FieldResolver(() => Money, { description: 'Sum of the Pix received for it (0.00 until paid); above `amount` when paid late with a fine or interest.' })
  amountPaid(@Root() charge: DueDatePixChargeRecord): MoneyValue {
    return brl(charge.payments.reduce((sum, payment) => sum + payment.amount.amount, 0));
  }
}
