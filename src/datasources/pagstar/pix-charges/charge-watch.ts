import type { Logger } from '../../../logger';
import type { EventBus } from '../../../events/event-bus';
import type { PollSpec, SubjectPollers, WatchOptions } from '../../../events/poller';
import { ProviderNotFoundError, ProviderUnavailableError } from '../../../errors/domain-errors';
import { decodeGlobalId } from '../../../lib/global-id';
import type { ProviderCode } from '../../../providers';
import { systemClock, type Clock } from '../../../lib/clock';
import { PAGSTAR_ASSUMPTIONS as A } from '../assumptions';
import { pagstarChargeEvent, TERMINAL } from './charge-events';
import type { PagstarPixCharges } from './adapter';

export interface PagstarChargeWatchDeps {
  pix: PagstarPixCharges;
  bus: EventBus;
  logger: Logger;
  /** When "now" is (deadline and event instants); the system clock when absent. */
  clock?: Clock;
}

/**
 * Polling spec for one Pagstar deposit (docs/providers.md "Pagstar polling", ASM-P07): HEAD /check each tick, GET details
 * only when the check answer changes, publish PAID/EXPIRED with the re-fetched charge.
 *
 * Expiry: Pagstar cancels an unpaid deposit only 1 hour after `expiration_date` and may accept a
 * payment during that hour (ASM-P04/P06), so polling continues through the grace hour and stops
 * at `expiration_date + 1 h`, then reads GET details once to record the final status (ASM-P07).
 * GET details does not return `expiration_date`; for deposits created by this process the
 * create response's date is kept as a hint, otherwise the bound is the longest life a pending
 * deposit can have from now: the maximum expiration (86400 s) + 1 h.
 */
export function pagstarChargeWatch(deps: PagstarChargeWatchDeps, reference: string): PollSpec {
  const clock = deps.clock ?? systemClock;
  const hint = deps.pix.expiryHint(reference);
  const deadlineMs = (hint ? hint.getTime() : clock.now().getTime() + A.charge.expiresInMax * 1000) + A.cancelGraceMs;

  const readAndPublish = async (): Promise<'stop' | 'continue' | 'retry'> => {
    let charge;
    try {
      charge = await deps.pix.getCharge(reference);
    } catch (error) {
      if (error instanceof ProviderNotFoundError) return 'stop';
      throw error;
    }
    const event = pagstarChargeEvent(charge, clock.now());
    if (event) await deps.bus.publish(event);
    return TERMINAL.has(charge.status) ? 'stop' : 'retry';
  };

  return {
    initialState: 'pending',
    deadlineMs,
    async probe() {
      const state = await deps.pix.checkPaid(reference, { retry: false });
      if (state === 'other') throw new ProviderUnavailableError('Pagstar answered the status check with an unexpected code.', { provider: 'PAGSTAR' });
      return state;
    },
    // Any change (paid, cancelled, or 404 unknown) is confirmed by GET before anything is published.
    // A GET that still shows a pending deposit means the two endpoints disagree for a moment:
    // 'retry' looks again at the next tick rather than trusting the probe.
    onChange: () => readAndPublish(),
    async onDeadline() {
      deps.logger.info({ event: 'poll_deadline', provider: 'PAGSTAR' }, 'Pagstar deposit past expiry + grace; final read');
      await readAndPublish();
    },
  };
}

/**
 * `Services.watchSubject` for Pagstar charges: one poller per deposit (keyed by its global id),
 * shared by every subscriber. Other providers and types return undefined (Astra has webhooks).
 */
export function pagstarSubjectWatcher(deps: PagstarChargeWatchDeps, pollers: SubjectPollers) {
  return (provider: ProviderCode, globalId: string, providerId: string, options?: WatchOptions): (() => void) | undefined => {
    if (provider !== 'PAGSTAR' || decodeGlobalId(globalId)?.type !== 'PixCharge') return undefined;
    return pollers.watch(globalId, pagstarChargeWatch(deps, providerId), options);
  };
}
