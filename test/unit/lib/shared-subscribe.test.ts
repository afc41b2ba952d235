import { buildSchema, execute, GraphQLError, parse, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { sharedSubscribe } from '../../../src/lib/shared-subscribe';

/** A tiny event source: every subscriber gets the same event objects. */
function source() {
  const queues: Array<{ push(event: object): void; end(): void }> = [];
  return {
    subscribe(): AsyncIterableIterator<object> {
      const pending: object[] = [];
      let wake: (() => void) | undefined;
      let done = false;
      queues.push({
        push: (event) => {
          if (done) return;
          pending.push(event);
          wake?.();
        },
        end: () => {
          done = true;
          wake?.();
        },
      });
      return {
        async next() {
          while (pending.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
          const value = pending.shift();
          return value ? { value, done: false } : { value: undefined, done: true };
        },
        async return() {
          done = true;
          pending.length = 0;
          return { value: undefined, done: true };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    publish: (event: object) => queues.forEach((q) => q.push(event)),
    end: () => queues.forEach((q) => q.end()),
  };
}

function setup() {
  const events = source();
  let resolved = 0;
  const schema = buildSchema('type Query { ok: Boolean } type Event { id: ID! label: String } type Subscription { events: Event! }');
  const subscription = schema.getSubscriptionType()!.getFields().events;
  subscription.subscribe = () => events.subscribe();
  subscription.resolve = (event) => {
    resolved++;
    return event;
  };
  return { events, schema, resolved: () => resolved };
}

async function take(iterator: AsyncIterableIterator<ExecutionResult> | ExecutionResult, n: number): Promise<ExecutionResult[]> {
  const results: ExecutionResult[] = [];
  for (let i = 0; i < n; i++) results.push((await (iterator as AsyncIterableIterator<ExecutionResult>).next()).value);
  return results;
}

describe('sharedSubscribe', () => {
  it('executes once per event and group, and every subscriber gets the same result as graphql’s subscribe', async () => {
    const { events, schema, resolved } = setup();
    const shared = sharedSubscribe({ groupOf: (args) => String(args.contextValue) });
    const args = (group: string): ExecutionArgs => ({ schema, document: parse('subscription { events { id label } }'), contextValue: group });
    const a = await shared(args('g1'));
    const b = await shared(args('g1'));
    const c = await shared(args('g2'));
    const reference = await subscribe(args('ref'));
    events.publish({ id: '1', label: 'one' });
    events.publish({ id: '2', label: 'two' });
    const [ra, rb, rc, rr] = await Promise.all([take(a, 2), take(b, 2), take(c, 2), take(reference as never, 2)]);
    expect(ra).toEqual(rr);
    expect(rb).toEqual(rr);
    expect(rc).toEqual(rr);
    expect(ra[0]).toBe(rb[0]); // same object: executed once for g1
    // 2 events × (g1, g2, reference subscriber) = 6 executions instead of 8.
    expect(resolved()).toBe(6);
    events.end();
  });

  it('an opted-out subscription (undefined group) is executed on its own', async () => {
    const { events, schema, resolved } = setup();
    const shared = sharedSubscribe({ groupOf: () => undefined });
    const args: ExecutionArgs = { schema, document: parse('subscription { events { id } }') };
    const a = await shared(args);
    const b = await shared(args);
    events.publish({ id: '1' });
    await Promise.all([take(a, 1), take(b, 1)]);
    expect(resolved()).toBe(2);
    events.end();
  });

  it('gives every execution of one event the same scope, across groups and opted-out subscriptions, and a new scope per event', async () => {
    const { events, schema } = setup();
    const scopesSeen: Array<{ event: string; scope: object | undefined }> = [];
    const shared = sharedSubscribe<object>({
      groupOf: (args) => (args.contextValue === 'alone' ? undefined : String(args.contextValue)),
      eventScope: () => ({}),
      execute: (args, scope) => {
        scopesSeen.push({ event: (args.rootValue as { id: string }).id, scope });
        return execute(args);
      },
    });
    const args = (group: string): ExecutionArgs => ({ schema, document: parse('subscription { events { id } }'), contextValue: group });
    const subscribers = await Promise.all([shared(args('g1')), shared(args('g2')), shared(args('alone'))]);
    events.publish({ id: '1' });
    events.publish({ id: '2' });
    const results = await Promise.all(subscribers.map((iterator) => take(iterator, 2)));
    for (const result of results) expect(result.map((r) => (r.data?.events as { id: string }).id)).toEqual(['1', '2']);
    const scopesOf = (event: string) => new Set(scopesSeen.filter((seen) => seen.event === event).map((seen) => seen.scope));
    expect(scopesSeen).toHaveLength(6);
    expect(scopesOf('1').size).toBe(1);
    expect(scopesOf('2').size).toBe(1);
    expect([...scopesOf('1')][0]).not.toBe([...scopesOf('2')][0]);
    events.end();
  });

  it('a result the custom execute returns instead of executing (a refusal) reaches the subscriber as it is', async () => {
    const { events, schema, resolved } = setup();
    const refusal = new GraphQLError('spent', { extensions: { code: 'RATE_LIMITED' } });
    const shared = sharedSubscribe({ groupOf: () => 'g', execute: () => ({ errors: [refusal] }) });
    const iterator = await shared({ schema, document: parse('subscription { events { id } }') });
    events.publish({ id: '1' });
    expect(await take(iterator, 1)).toEqual([{ errors: [refusal] }]);
    expect(resolved()).toBe(0);
    events.end();
  });

  it('returns errors from the source stream as a result, and return() ends the subscription', async () => {
    const { schema } = setup();
    const shared = sharedSubscribe({ groupOf: () => 'g' });
    const bad = await shared({ schema, document: parse('subscription { nope }') });
    expect((bad as ExecutionResult).errors?.length).toBeGreaterThan(0);
    const { events, schema: schema2 } = setup();
    const iterator = (await shared({ schema: schema2, document: parse('subscription { events { id } }') })) as AsyncIterableIterator<ExecutionResult>;
    await iterator.return!();
    events.publish({ id: '1' });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});
