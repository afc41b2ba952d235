import type { EventBus } from '../../events/event-bus';
import type { PollSpec, SubjectPollers, WatchOptions } from '../../events/poller';
import { eventIdFor } from '../../events/webhook-relay';
import type { PortRegistry } from '../../domain/ports';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { systemClock, type Clock } from '../../lib/clock';
import { decodeGlobalId } from '../../lib/global-id';
import type { ProviderCode } from '../../providers';
import { FINAL_REFUND_STATUSES, RefundStatus, type PixRefundRecord } from '../../domain/refunds/model';
import { PIX_REFUNDS } from '../../domain/refunds/port';
import { refundFailedKey, RefundEventType } from '../../domain/refunds/events';

/** How long a requested refund is watched at most: the sandbox settles it in seconds. */
export const REFUND_WATCH_MS = 60 * 60 * 1000;

export interface RefundWatchDeps {
  ports: PortRegistry;
  bus: EventBus;
  clock?: Clock;
}

/**
 * Astra sends no webhook when a refund fails (ASM-A12), so a refund refundPixCharge requested is
 * watched: one poller per refund (SubjectPollers, keyed by its global id), reading it until it is
 * final or REFUND_WATCH_MS have passed. FAILED publishes REFUND_FAILED once (the id comes from the
 * refund, so instances, restarts of the watch and repeats of the mutation agree). REFUNDED
 * publishes nothing here: its PIX_QR_INBOUND webhook publishes PIX_CHARGE_REFUNDED.
 */
export function refundSubjectWatcher(deps: RefundWatchDeps, pollers: SubjectPollers) {
  return (provider: ProviderCode, globalId: string, providerId: string, options?: WatchOptions): (() => void) | undefined => {
    const port = deps.ports.find(PIX_REFUNDS, provider);
    if (!port || decodeGlobalId(globalId)?.type !== 'Refund') return undefined;
    return pollers.watch(
      globalId,
      refundPollSpec(deps, () => port.getRefund(providerId)),
      options,
    );
  };
}

export function refundPollSpec(deps: RefundWatchDeps, read: () => Promise<PixRefundRecord>): PollSpec {
  const clock = deps.clock ?? systemClock;
  let latest: PixRefundRecord | undefined;
  const publishIfFailed = async (): Promise<'stop' | 'continue'> => {
    if (!latest) return 'stop';
    if (latest.status === RefundStatus.FAILED) {
      await deps.bus.publish({
        id: eventIdFor(refundFailedKey(latest)),
        type: RefundEventType.REFUND_FAILED,
        provider: latest.provider,
        occurredAt: clock.now(),
        subjectId: latest.id,
        subject: latest,
      });
    }
    return FINAL_REFUND_STATUSES.has(latest.status) ? 'stop' : 'continue';
  };
  return {
    initialState: '',
    deadlineMs: clock.now().getTime() + REFUND_WATCH_MS,
    // No cheap probe: the read is the probe, kept for onChange.
    async probe() {
      try {
        latest = await read();
      } catch (error) {
        if (!(error instanceof ProviderNotFoundError)) throw error;
        latest = undefined;
        return 'gone';
      }
      return latest.providerStatus ?? latest.status;
    },
    onChange: () => publishIfFailed(),
  };
}
