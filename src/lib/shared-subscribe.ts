import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue';

export interface SharedSubscribeOptions<Scope = unknown> {
  /**
   * Subscriptions with the same group key get the same result for the same event: one execution
   * per (event, group) instead of one per subscriber. The key must cover everything the result may
   * depend on besides the event (document, variables, operation, the caller's identity/scopes).
   * Return undefined to opt a subscription out (it is executed on its own, like graphql's subscribe).
   */
  groupOf: (args: ExecutionArgs) => string | undefined;
  /** Events whose results are kept for sharing (oldest dropped first). Default 256. */
  maxEvents?: number;
  /**
   * What every execution of one event shares, across groups (e.g. one loader set per event, so
   * different selections of the same provider data read it once). Made once per event object.
   */
  eventScope?: () => Scope;
  /** Executes one (event, group) with the event's scope; default graphql's `execute`. */
  execute?: (args: ExecutionArgs, scope: Scope | undefined) => PromiseOrValue<ExecutionResult>;
}

interface EventEntry<Scope> {
  scope: Scope | undefined;
  results: Map<string, PromiseOrValue<ExecutionResult>>;
}

/**
 * A drop-in for graphql's `subscribe` (graphql-ws `subscribe` option) that executes the selection
 * set once per event and group, not once per subscriber (the fan-out cost; benchmark
 * target T7 in docs/performance.md: "shared execution per event group"). graphql-js maps each source event through `execute` for
 * every subscriber; with N identical subscriptions that is N executions of the same selection on the
 * same object. Here the first subscriber to receive an event executes it; the others reuse the
 * same (read-only) ExecutionResult. Results are cached per event object (the bus hands the same
 * record to every subscriber) in a small bounded map; a miss simply executes again.
 */
export function sharedSubscribe<Scope = unknown>(
  options: SharedSubscribeOptions<Scope>,
): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const maxEvents = options.maxEvents ?? 256;
  const run = options.execute ?? ((args: ExecutionArgs) => execute(args));
  const cache = new Map<object, EventEntry<Scope>>();

  function entryOf(payload: object): EventEntry<Scope> {
    let entry = cache.get(payload);
    if (!entry) {
      if (cache.size >= maxEvents) cache.delete(cache.keys().next().value as object);
      entry = { scope: options.eventScope?.(), results: new Map() };
      cache.set(payload, entry);
    }
    return entry;
  }

  function executeShared(args: ExecutionArgs, group: string | undefined, payload: unknown): PromiseOrValue<ExecutionResult> {
    if (typeof payload !== 'object' || payload === null) return run({ ...args, rootValue: payload }, undefined);
    const entry = entryOf(payload);
    if (group === undefined) return run({ ...args, rootValue: payload }, entry.scope);
    let result = entry.results.get(group);
    if (result === undefined) {
      result = run({ ...args, rootValue: payload }, entry.scope);
      entry.results.set(group, result);
    }
    return result;
  }

  return async (args) => {
    const resultOrStream = await createSourceEventStream(args);
    if (!isAsyncIterable(resultOrStream)) return resultOrStream;
    const group = options.groupOf(args);
    return mapEvents(resultOrStream, (payload) => executeShared(args, group, payload));
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** Maps an event stream to results; `return`/`throw` reach the source (unsubscribe ends it). */
function mapEvents(source: AsyncIterable<unknown>, map: (payload: unknown) => PromiseOrValue<ExecutionResult>): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    await iterator.return?.();
  };
  return {
    async next() {
      const step = await iterator.next();
      if (step.done) return { value: undefined, done: true };
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      if (iterator.throw) {
        const step = await iterator.throw(error);
        return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
      }
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
