import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import type { PixPayoutBatchRecord, PixPayoutRecord } from '../../domain/pix-payouts/model';
import { PIX_PAYOUTS } from '../../domain/pix-payouts/port';
import { createPixPayoutBatch, type CreatePixPayoutBatchResult } from '../../domain/pix-payouts/create-pix-payout-batch';
import { pixPayoutBatchPage } from '../../domain/pix-payouts/list-batches';
import { transitionPixPayoutBatch, type PixPayoutTransitionResult } from '../../domain/pix-payouts/transition';
import { PixPayoutBatchStatus as _registerEnums, PixPayoutStatus } from '../../schema/pix-payouts/enums';
import { PixPayoutBatch, PixPayoutBatchConnection, PixPayoutConnection } from '../../schema/pix-payouts/pix-payout-batch.type';
import { CreatePixPayoutBatchInput, PixPayoutBatchActionInput, PixPayoutBatchFilter } from '../../schema/pix-payouts/inputs';
import { CancelPixPayoutBatchPayload, CreatePixPayoutBatchPayload, ReleasePixPayoutBatchPayload } from '../../schema/pix-payouts/payloads';
import { listConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { publishBatchStep } from './batch-steps';
import { listPort } from '../list-port';

void _registerEnums;

/** Thin: arguments → use case → payload. Money-moving mutations need the `payouts` scope. */
@Resolver(() => PixPayoutBatch)
export class PixPayoutBatchResolver {
  @Authorized('read')
  // Paygraph's own index (no call), then one GET per batch in the window: up to `first` (≤ 100).
  // The cost model has no "per item returned" term, so the bound is declared at its maximum.
  @Extensions({ [UPSTREAM_COST]: { perParent: 100, itemsFrom: 'first' } })
  @Query(() => PixPayoutBatchConnection, {
    nullable: true,
    description: 'Payout batches this API client created, newest first (Relay connection; `first` at most 100). Each is read from the provider.',
  })
  async pixPayoutBatches(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => PixPayoutBatchFilter, { nullable: true }) filter?: PixPayoutBatchFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<PixPayoutBatchRecord>> {
    const provider = listPort(ctx, PIX_PAYOUTS, filter?.provider ?? DEFAULT_PROVIDER, ['filter', 'provider']).code;
    return listConnection({ first, after }, (window) => pixPayoutBatchPage(provider, window, payoutDeps(ctx)));
  }

  @Authorized('payouts')
  // One POST; after an unanswered attempt, a GET first (money safety).
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CreatePixPayoutBatchPayload, {
    description:
      'Creates a batch of 1–1,000 outgoing Pix payments (status CREATED: nothing is sent until releasePixPayoutBatch). Needs the `payouts` API-key scope. Every problem of the input is reported at once, before any provider call. `idempotencyKey` is required.',
  })
  async createPixPayoutBatch(@Arg('input', () => CreatePixPayoutBatchInput) input: CreatePixPayoutBatchInput, @Ctx() ctx: GraphQLContext): Promise<CreatePixPayoutBatchResult> {
    return publishBatchStep(ctx, await createPixPayoutBatch(input, payoutDeps(ctx)));
  }

  @Authorized('payouts')
  // A GET (state check), then the PUT; when a concurrent cancel won, the PUT's 400 is followed by a
  // GET that says where the batch is (3). A replay answers with one GET.
  @Extensions({ [UPSTREAM_COST]: { perParent: 3 } })
  @Mutation(() => ReleasePixPayoutBatchPayload, {
    description:
      'Releases a CREATED batch: its payments are sent (scheduled ones on their date). Safe to repeat, also concurrently: the provider is asked once, and every call answers the batch as it is now. A cancelled batch → INVALID_STATE. Needs the `payouts` scope.',
  })
  async releasePixPayoutBatch(@Arg('input', () => PixPayoutBatchActionInput) input: PixPayoutBatchActionInput, @Ctx() ctx: GraphQLContext): Promise<PixPayoutTransitionResult> {
    return publishBatchStep(ctx, await transitionPixPayoutBatch('release', input.batchId, useCaseDeps(ctx)));
  }

  @Authorized('payouts')
  // Like release: GET, PUT, and a GET after the PUT's 400 when a concurrent release won (3).
  @Extensions({ [UPSTREAM_COST]: { perParent: 3 } })
  @Mutation(() => CancelPixPayoutBatchPayload, {
    description: 'Cancels a CREATED batch: nothing is sent. Safe to repeat. A released batch → INVALID_STATE. Needs the `payouts` scope.',
  })
  async cancelPixPayoutBatch(@Arg('input', () => PixPayoutBatchActionInput) input: PixPayoutBatchActionInput, @Ctx() ctx: GraphQLContext): Promise<PixPayoutTransitionResult> {
    return publishBatchStep(ctx, await transitionPixPayoutBatch('cancel', input.batchId, useCaseDeps(ctx)));
  }

  // A window of `first` payments at any offset spans at most 2 provider pages.
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @FieldResolver(() => PixPayoutConnection, { description: "The batch's payments in the order they were given (Relay connection over the provider's pages; `first` at most 100)." })
  async payments(
    @Root() batch: PixPayoutBatchRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('status', () => PixPayoutStatus, { nullable: true, description: 'Only payments in this status.' }) status?: PixPayoutStatus,
  ): Promise<ConnectionShape<PixPayoutRecord>> {
    return listConnection({ first, after }, ({ offset, limit }) =>
      ctx.services.ports.get(PIX_PAYOUTS, batch.provider).listPayments(batch.batchId, { offset, limit, ...(status ? { status } : {}) }),
    );
  }
}

/** The use-case dependencies plus the client's payout batch index (the provider cannot list batches). */
function payoutDeps(ctx: GraphQLContext) {
  return { ...useCaseDeps(ctx), payoutBatches: ctx.services.payoutBatches };
}
