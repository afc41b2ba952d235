import { combinedSubjectWatcher, FAMILIES, familyEventTypes, familyGraphiqlTabs, familyResolvers, loadersFactory, nodeFetchersOf } from '../../src/families';
import type { Family } from '../../src/family';
import { PortRegistry } from '../../src/domain/ports';

describe('the family list drives node fetchers, resolvers and loaders', () => {
  test('every global-id type handed out today has exactly one fetcher', () => {
    expect([...nodeFetchersOf(FAMILIES).keys()].sort()).toEqual([
      'AutomaticPixAuthorization',
      'AutomaticPixPayment',
      'CardRecurrence',
      'CardRefund',
      'CardTransaction',
      'DueDatePixCharge',
      'PaymentLink',
      'PixCharge',
      'PixPayout',
      'PixPayoutBatch',
      'Refund',
      'SavedCard',
      'Webhook',
    ]);
  });

  test('a global-id type claimed by two families is refused at start-up', () => {
    const fetch = () => Promise.resolve({ __typename: 'X', id: 'x' });
    const a: Family = { name: 'A', resolvers: [], nodeFetchers: { X: fetch } };
    const b: Family = { name: 'B', resolvers: [], nodeFetchers: { X: fetch } };
    expect(() => nodeFetchersOf([a, b])).toThrow('Global-id type X is claimed by two families (the second: B).');
  });

  test('sandbox-only resolvers are added only in sandbox mode', () => {
    class Main {}
    class SandboxOnly {}
    const family: Family = { name: 'F', resolvers: [Main], sandboxResolvers: [SandboxOnly] };
    expect(familyResolvers([family], false)).toEqual([Main]);
    expect(familyResolvers([family], true)).toEqual([Main, SandboxOnly]);
  });

  test("each request gets fresh loaders, with every family's members", () => {
    const create = loadersFactory(FAMILIES, new PortRegistry([]));
    const first = create();
    expect(Object.keys(first).sort()).toEqual([
      'automaticPixAuthorization',
      'automaticPixParticipantName',
      'automaticPixPayment',
      'cardRecurrence',
      'cardRecurrenceWithAttempt',
      'cardTransaction',
      'dueDatePixCharge',
      'paymentLink',
      'pixCharge',
      'pixPayout',
      'pixPayoutBatch',
      'refund',
      'refundsOfCharge',
      'savedCard',
      'webhook',
    ]);
    expect(create().pixCharge).not.toBe(first.pixCharge);
  });
});

describe('combinedSubjectWatcher', () => {
  test('the first watcher that claims the subject watches it, with the background option passed through', () => {
    const calls: unknown[][] = [];
    const stop = () => {};
    const combined = combinedSubjectWatcher([
      undefined,
      (...args) => {
        calls.push(['first', ...args]);
        return undefined;
      },
      (...args) => {
        calls.push(['second', ...args]);
        return stop;
      },
    ]);
    expect(combined('ASTRA', 'gid', 'p1', { background: true })).toBe(stop);
    expect(combined('ASTRA', 'gid', 'p1')).toBe(stop);
    expect(calls).toEqual([
      ['first', 'ASTRA', 'gid', 'p1', { background: true }],
      ['second', 'ASTRA', 'gid', 'p1', { background: true }],
      ['first', 'ASTRA', 'gid', 'p1', undefined],
      ['second', 'ASTRA', 'gid', 'p1', undefined],
    ]);
  });
});

describe('the family list drives the event types and the GraphiQL tabs', () => {
  test('every event type, in family-list order (the order of the PaymentEventType values)', () => {
    expect([...familyEventTypes(FAMILIES).keys()]).toEqual([
      'PIX_CHARGE_PAID',
      'PIX_CHARGE_REFUNDED',
      'PIX_CHARGE_EXPIRED',
      'REFUND_FAILED',
      'PAYMENT_LINK_PAID',
      'PAYMENT_LINK_STATUS_CHANGED',
      'AUTOMATIC_PIX_AUTHORIZATION_UPDATED',
      'AUTOMATIC_PIX_PAYMENT_UPDATED',
      'PIX_PAYOUT_UPDATED',
      'PIX_PAYOUT_PAYMENT_UPDATED',
      'DUE_DATE_PIX_CHARGE_PAID',
      'CARD_PAYMENT_UPDATED',
      'CARD_CHARGEBACK',
      'CARD_RECURRING_CHARGED',
      'CARD_RECURRENCE_ATTEMPT',
    ]);
  });

  test('an event type declared by two families is refused', () => {
    const a: Family = { name: 'A', resolvers: [], eventTypes: { X_HAPPENED: 'x' } };
    const b: Family = { name: 'B', resolvers: [], eventTypes: { X_HAPPENED: 'x again' } };
    expect(() => familyEventTypes([a, b])).toThrow('Event type X_HAPPENED is declared by two families (the second: B).');
  });

  test("tabs come family by family, each family's in its own order, sandbox ones only in sandbox mode", () => {
    const a: Family = { name: 'A', resolvers: [], graphiqlTabs: (sandbox) => [{ name: 'A1', query: '{a}' }, ...(sandbox ? [{ name: 'A2', query: '{a}' }] : [])] };
    const b: Family = { name: 'B', resolvers: [], graphiqlTabs: () => [{ name: 'B1', query: '{b}' }] };
    const none: Family = { name: 'C', resolvers: [] };
    expect(familyGraphiqlTabs([a, none, b], true).map((tab) => tab.name)).toEqual(['A1', 'A2', 'B1']);
    expect(familyGraphiqlTabs([a, none, b], false).map((tab) => tab.name)).toEqual(['A1', 'B1']);
  });
});
