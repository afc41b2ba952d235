import type { GraphQLContext } from '../../context';
import { eventIdFor } from '../../events/webhook-relay';
import { batchStepKey, PixPayoutEventType } from '../../domain/pix-payouts/events';
import type { PixPayoutBatchRecord } from '../../domain/pix-payouts/model';

/**
 * Publishes the step a payout mutation's answer shows (created, released, cancelled) as
 * PIX_PAYOUT_UPDATED: Astra sends no webhook for these (only PIX_OUTBOUND per payment, ASM-A15),
 * and the provider's answer to the mutation is the confirmed state. The id comes from the step
 * (batchStepKey), so a repeat or replay of the mutation, or another instance, publishes it once.
 * A publish that fails is logged, never turned into a failed mutation: the provider already acted.
 */
export async function publishBatchStep<T extends { pixPayoutBatch: PixPayoutBatchRecord | null }>(ctx: GraphQLContext, payload: T): Promise<T> {
  const batch = payload.pixPayoutBatch;
  if (!batch) return payload;
  const { bus, clock, logger } = ctx.services;
  try {
    await bus.publish({
      id: eventIdFor(batchStepKey(batch)),
      type: PixPayoutEventType.PIX_PAYOUT_UPDATED,
      provider: batch.provider,
      occurredAt: batch.cancelledAt ?? batch.releasedAt ?? batch.createdAt ?? clock.now(),
      subjectId: batch.id,
      subject: batch,
    });
  } catch (error) {
    logger.warn({ event: 'payout_step_publish_failed', provider: batch.provider, err: { message: (error as Error).message } }, 'could not publish a payout batch step');
  }
  return payload;
}
