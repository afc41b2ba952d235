import DataLoader from 'dataloader';
import type { PortRegistry } from '../ports';
import { settleEach } from '../loaders';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from './model';
import { AUTOMATIC_PIX } from './port';
import { participantNames } from './participant-names';
import type { ProviderCode } from '../../providers';
import type { Clock } from '../../lib/clock';
import { authorizationWatchUntil, paymentWatchUntil } from './watch-horizon';

declare module '../loaders' {
  interface Loaders {
    /** Key `loaderKey(provider, authorizationId)`. */
    automaticPixAuthorization: DataLoader<string, AutomaticPixAuthorizationRecord>;
    /** Key `loaderKey(provider, paymentId)`. */
    automaticPixPayment: DataLoader<string, AutomaticPixPaymentRecord>;
    /** Key `loaderKey(provider, ispb)`: the institution's name from the participants list (null when absent). */
    automaticPixParticipantName: DataLoader<string, string | null>;
  }
}

/** Background watching (events/background-watch.ts), as the loaders see it. */
export interface BackgroundWatchHook {
  /** Watch this not-final object (by global id) in the background until `until`. */
  keepWatching(globalId: string, until: Date): void;
  clock: Clock;
}

/**
 * With `background`, every authorization or payment these loaders see (read from the provider, or
 * primed by a create or retry) that is not final is handed to background watching, so its next
 * changes are published with or without a subscriber; objects created elsewhere are watched once seen.
 */
export function automaticPixLoaders(ports: PortRegistry, background?: BackgroundWatchHook) {
  const seenAuthorization = (authorization: AutomaticPixAuthorizationRecord) => {
    const until = background && authorizationWatchUntil(authorization, background.clock.now());
    if (until) background.keepWatching(authorization.id, until);
  };
  const seenPayment = (payment: AutomaticPixPaymentRecord) => {
    const until = background && paymentWatchUntil(payment);
    if (until) background.keepWatching(payment.id, until);
  };
  return {
    automaticPixAuthorization: new SeenLoader<AutomaticPixAuthorizationRecord>(
      (keys) => settleEach(keys, (provider, id) => ports.get(AUTOMATIC_PIX, provider).getAuthorization(id)),
      seenAuthorization,
    ),
    automaticPixPayment: new SeenLoader<AutomaticPixPaymentRecord>((keys) => settleEach(keys, (provider, id) => ports.get(AUTOMATIC_PIX, provider).getPayment(id)), seenPayment),
    automaticPixParticipantName: new DataLoader<string, string | null>((keys) => participantNamesOf(ports, keys)),
  };
}

/** One scan of the participants list per provider for the whole batch (no N+1); a failure fails that provider's keys. */
async function participantNamesOf(ports: PortRegistry, keys: readonly string[]): Promise<(string | null | Error)[]> {
  const byProvider = new Map<ProviderCode, string[]>();
  const split = keys.map((key) => {
    const at = key.indexOf(':');
    const provider = key.slice(0, at) as ProviderCode;
    const ispb = key.slice(at + 1);
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), ispb]);
    return { provider, ispb };
  });
  const scans = new Map(
    [...byProvider].map(([provider, ispbs]) => [
      provider,
      participantNames(ports, provider, ispbs).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    ]),
  );
  return Promise.all(
    split.map(async ({ provider, ispb }) => {
      const names = await scans.get(provider)!;
      return names instanceof Error ? names : (names.get(ispb) ?? null);
    }),
  );
}

/** A DataLoader that reports every record it loads or is primed with (to background watching). */
class SeenLoader<V> extends DataLoader<string, V> {
  constructor(
    batch: (keys: readonly string[]) => Promise<(V | Error)[]>,
    private readonly seen: (value: V) => void,
  ) {
    super(async (keys) => {
      const values = await batch(keys);
      for (const value of values) if (!(value instanceof Error)) seen(value);
      return values;
    });
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value)) this.seen(value);
    return super.prime(key, value);
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
