import { FAMILIES, familyResolvers, loadersFactory, nodeFetchersOf } from '../../src/families';
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
      'PaymentLink',
      'PixCharge',
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
      'automaticPixPayment',
      'cardRecurrence',
      'cardTransaction',
      'paymentLink',
      'pixCharge',
      'pixPayoutBatch',
      'refund',
      'refundsOfCharge',
      'savedCard',
      'webhook',
    ]);
    expect(create().pixCharge).not.toBe(first.pixCharge);
  });
});
