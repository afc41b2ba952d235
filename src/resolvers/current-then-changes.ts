/**
 * The stream behind every `*Updated(id)` subscription: the object as it is now, then each change.
 *
 * Order matters to avoid the subscribe-then-read race: the caller opens the bus subscription
 * first, then reads the current state. A change published while the read is in flight is queued
 * by the bus, so it is not lost. But it may already be part of what the read returned, or (when
 * its subject was re-fetched before our read) be older than it. So every live event is compared
 * with the last state emitted and dropped unless `isNewer` says it moved forward: no duplicate,
 * never a step back (a terminal status never moves back).
 */
export function currentThenChanges<T>(current: T, live: AsyncIterableIterator<T>, isNewer: (candidate: T, last: T) => boolean, onEmit?: () => void): AsyncIterableIterator<T> {
  let last: T | undefined;
  let sentCurrent = false;
  return {
    async next() {
      if (!sentCurrent) {
        sentCurrent = true;
        last = current;
        return { value: current, done: false };
      }
      for (;;) {
        const result = await live.next();
        if (result.done) return { value: undefined, done: true };
        if (!isNewer(result.value, last as T)) continue;
        last = result.value;
        onEmit?.();
        return { value: result.value, done: false };
      }
    },
    async return() {
      await live.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
