import type { EventBus } from '../../events/event-bus';
import type { PollSpec, SubjectPollers, WatchOptions } from '../../events/poller';
import type { PaymentEventType, NewPaymentEvent } from '../../events/payment-event';
import { AutomaticPixEventType } from '../../domain/automatic-pix/events';
import { eventIdFor } from '../../events/webhook-relay';
import type { PortRegistry } from '../../domain/ports';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { systemClock, type Clock } from '../../lib/clock';
import { decodeGlobalId } from '../../lib/global-id';
import type { ProviderCode } from '../../providers';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from '../../domain/automatic-pix/model';
import { AUTOMATIC_PIX } from '../../domain/automatic-pix/port';
import { authorizationIsFinal, authorizationState, paymentIsFinal, paymentState } from '../../domain/automatic-pix/progress';

export interface AutomaticPixWatchDeps {
  ports: PortRegistry;
  bus: EventBus;
  /** When an event happened if the provider's record does not say. */
  clock?: Clock;
}

type Subject = AutomaticPixAuthorizationRecord | AutomaticPixPaymentRecord;

/**
 * Astra sends no webhook for Automatic Pix (ASM-A12), so an authorization or payment is polled
 * while someone subscribes to it and while it is watched in the background (not final: the loaders
 * list it, events/background-watch.ts): one poller per object (SubjectPollers, keyed by global id)
 * however many watchers, with its backoff, stopping at a terminal status or when the last watcher leaves. Each new
 * state is published once (event id = object + state, so instances and restarts agree), to the
 * object's `…Updated` subscribers and to `paymentEvents`. Wiring, not a business rule: what counts
 * as a new state and as final comes from the domain (domain/automatic-pix/progress.ts).
 */
export function automaticPixSubjectWatcher(deps: AutomaticPixWatchDeps, pollers: SubjectPollers) {
  return (provider: ProviderCode, globalId: string, providerId: string, options?: WatchOptions): (() => void) | undefined => {
    const port = deps.ports.find(AUTOMATIC_PIX, provider);
    const type = decodeGlobalId(globalId)?.type;
    if (!port) return undefined;
    if (type === 'AutomaticPixAuthorization') {
      return pollers.watch(
        globalId,
        pollSpec(deps, () => port.getAuthorization(providerId), authorizationState, AutomaticPixEventType.AUTOMATIC_PIX_AUTHORIZATION_UPDATED, authorizationIsFinal),
        options,
      );
    }
    if (type === 'AutomaticPixPayment') {
      return pollers.watch(
        globalId,
        pollSpec(deps, () => port.getPayment(providerId), paymentState, AutomaticPixEventType.AUTOMATIC_PIX_PAYMENT_UPDATED, paymentIsFinal),
        options,
      );
    }
    return undefined;
  };
}

function pollSpec<T extends Subject>(
  deps: AutomaticPixWatchDeps,
  read: () => Promise<T>,
  stateOf: (subject: T) => string,
  type: PaymentEventType,
  isFinal: (subject: T) => boolean,
): PollSpec {
  const clock = deps.clock ?? systemClock;
  // There is no cheap probe: the probe is the full read, kept for onChange to publish.
  let latest: T | undefined;
  let gone = false;
  return {
    // Nothing observed yet: the first read is published too (its event id makes it a no-op when
    // another instance or an earlier watch already published that state).
    initialState: '',
    async probe() {
      try {
        latest = await read();
      } catch (error) {
        if (!(error instanceof ProviderNotFoundError)) throw error;
        gone = true;
        return 'gone';
      }
      return stateOf(latest);
    },
    async onChange(state) {
      if (gone || !latest) return 'stop';
      await deps.bus.publish(subjectEvent(latest, state, type, clock.now()));
      return isFinal(latest) ? 'stop' : 'continue';
    },
  };
}

function subjectEvent(subject: Subject, state: string, type: PaymentEventType, occurredAt: Date): NewPaymentEvent {
  return {
    id: eventIdFor(`${subject.provider}:${subject.__typename}:${subject.id}:${state}`),
    type,
    provider: subject.provider,
    occurredAt: subject.updatedAt ?? occurredAt,
    subjectId: subject.id,
    subject,
  };
}
