/** Maps each value of an async iterator; `onEnd` runs once when the consumer stops or the source ends. */
export function mapAsyncIterator<T, U>(source: AsyncIterableIterator<T>, map: (value: T) => U, onEnd?: () => void): AsyncIterableIterator<U> {
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    onEnd?.();
  };
  return {
    async next() {
      const result = await source.next();
      if (result.done) {
        finish();
        return { value: undefined, done: true };
      }
      return { value: map(result.value), done: false };
    },
    async return() {
      finish();
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
