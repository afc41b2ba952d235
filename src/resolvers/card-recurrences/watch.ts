import type { EventBus } from '../../events/event-bus';
import type { PollSpec, SubjectPollers, WatchOptions } from '../../events/poller';
import { eventIdFor } from '../../events/webhook-relay';
import type { PortRegistry } from '../../domain/ports';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { systemClock, type Clock } from '../../lib/clock';
import { decodeGlobalId } from '../../lib/global-id';
import type { ProviderCode } from '../../providers';
import { recentSchedules, attemptEvent, attemptKey, attemptsOf, type CardRecurrenceAttemptValue } from '../../domain/card-recurrences/attempts';
import { CardRecurrenceStatus, type CardRecurrenceRecord } from '../../domain/card-recurrences/model';
import { CARD_RECURRENCES, type CardRecurrencePort } from '../../domain/card-recurrences/port';

export interface CardRecurrenceWatchDeps {
  ports: PortRegistry;
  bus: EventBus;
  clock?: Clock;
}

const FINAL = new Set([CardRecurrenceStatus.COMPLETED, CardRecurrenceStatus.CANCELLED]);

/**
 * Astra sends CARD_RECURRING_INBOUND only when a schedule becomes final (ASM-A16), never for a
 * declined attempt that will be retried. While someone subscribes to cardRecurrenceUpdated, the
 * recurrence is polled (one poller per recurrence, SubjectPollers): each attempt that appears
 * after the watch began is published as CARD_RECURRENCE_ATTEMPT, with the id the webhook path
 * gives the same attempt (attemptKey), so an attempt is one event whichever path sees it first.
 * Attempts made before the watch began are not replayed (their schedule's webhook publishes them).
 */
export function cardRecurrenceSubjectWatcher(deps: CardRecurrenceWatchDeps, pollers: SubjectPollers) {
  return (provider: ProviderCode, globalId: string, providerId: string, options?: WatchOptions): (() => void) | undefined => {
    const port = deps.ports.find(CARD_RECURRENCES, provider);
    if (!port || decodeGlobalId(globalId)?.type !== 'CardRecurrence') return undefined;
    return pollers.watch(globalId, cardRecurrencePollSpec(deps, port, providerId), options);
  };
}

interface Observation {
  recurrence: CardRecurrenceRecord;
  attempts: CardRecurrenceAttemptValue[];
}

export function cardRecurrencePollSpec(deps: CardRecurrenceWatchDeps, port: CardRecurrencePort, recurrenceId: string): PollSpec {
  const clock = deps.clock ?? systemClock;
  let latest: Observation | undefined;
  /** Attempts already accounted for; undefined until the first read (which only records them). */
  let seen: Set<string> | undefined;
  const keyOf = (attempt: CardRecurrenceAttemptValue) => attemptKey(port.code, recurrenceId, attempt);
  return {
    initialState: '',
    // The probe is the read (recurrence + its schedules): there is no cheaper one.
    async probe() {
      try {
        // Schedules first: the recurrence read after them is at least as new (its executedCharges
        // never lags behind an attempt the event reports).
        const schedules = await recentSchedules(port, recurrenceId);
        const recurrence = await port.get(recurrenceId);
        latest = { recurrence, attempts: schedules.flatMap(attemptsOf) };
      } catch (error) {
        if (!(error instanceof ProviderNotFoundError)) throw error;
        latest = undefined;
        return 'gone';
      }
      return `${latest.recurrence.providerStatus}|${latest.attempts.map(keyOf).join(',')}|${latest.attempts.at(-1)?.outcome ?? ''}`;
    },
    async onChange() {
      if (!latest) return 'stop';
      const { recurrence, attempts } = latest;
      if (seen) {
        for (const attempt of attempts.filter((a) => !seen!.has(keyOf(a)))) {
          await deps.bus.publish(attemptEvent(recurrence, attempt, eventIdFor(keyOf(attempt)), clock.now()));
        }
      }
      seen = new Set(attempts.map(keyOf));
      return FINAL.has(recurrence.status) ? 'stop' : 'continue';
    },
  };
}
