import type { SubscribeResolverData } from 'type-graphql';
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../context';
import { mapAsyncIterator } from '../events/map-async-iterator';
import { decodeGlobalId } from '../lib/global-id';
import { BadUserInputError } from '../errors/domain-errors';
import { loaderKey, type Loaders } from '../domain/loaders';
import { currentThenChanges } from './current-then-changes';
import { requireRead } from './require-read';

type Data = SubscribeResolverData<unknown, { id: string }, GraphQLContext>;

export interface UpdatedSubscription<T> {
  /** The global-id type the `id` argument must carry (`PixCharge`…). */
  type: string;
  /** This request's loader of that type. */
  loader: (loaders: Loaders) => DataLoader<string, T>;
  /** Whether `candidate` is a step forward from `last` (the family's progress.ts). */
  movedOn: (candidate: T, last: T) => boolean;
  /**
   * Start (or join) the subject's poller while subscribed (Services.watchSubject): for subjects
   * some provider sends no webhook about. The watcher ignores subjects it does not poll.
   */
  watch?: boolean;
}

/**
 * The `subscribe` of every `*Updated(id)` subscription: check the id, subscribe to the bus, then
 * read the object, and emit it as it is now followed by each change (currentThenChanges: nothing
 * missed, nothing repeated, never a step back). Every emitted change gets fresh loaders, so its
 * field resolvers read the provider's current state, not what this subscription cached.
 */
export function updatedSubscription<T>(spec: UpdatedSubscription<T>) {
  return ({ args, context }: Data) => {
    requireRead(context);
    const decoded = decodeGlobalId(args.id);
    if (!decoded || decoded.type !== spec.type) throw new BadUserInputError(`id is not ${/^[AEIOU]/.test(spec.type) ? 'an' : 'a'} ${spec.type} id.`, ['id']);
    const stopWatching = spec.watch ? context.services.watchSubject?.(decoded.provider, args.id, decoded.providerId) : undefined;
    // Subscribe before reading: a change published during the read is queued, not lost.
    const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as T, stopWatching);
    return spec
      .loader(context.loaders)
      .load(loaderKey(decoded.provider, decoded.providerId))
      .then(
        (current) => currentThenChanges(current, live, spec.movedOn, () => (context.loaders = context.services.createLoaders())),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
  };
}
