import { bind, portKey, PortRegistry } from '../../../src/domain/ports';
import { NotSupportedError } from '../../../src/errors/domain-errors';

interface Greeter {
  greet(): string;
}
const GREETING = portKey<Greeter>('greeting', 'greet people');
const OTHER = portKey<Greeter>('other', 'do the other thing');

describe('PortRegistry: (provider, capability) → port or NOT_SUPPORTED', () => {
  const astra: Greeter = { greet: () => 'olá' };
  const registry = new PortRegistry([
    { provider: 'ASTRA', bindings: [bind(GREETING, astra)] },
    { provider: 'PAGSTAR', bindings: [] },
  ]);

  test('answers the bound port itself', () => {
    expect(registry.get(GREETING, 'ASTRA')).toBe(astra);
    expect(registry.find(GREETING, 'ASTRA')).toBe(astra);
  });

  test('a capability the provider did not bind is NOT_SUPPORTED, naming the provider and what it cannot do', () => {
    expect(() => registry.get(GREETING, 'PAGSTAR')).toThrow(new NotSupportedError('Pagstar cannot greet people.'));
    expect(() => registry.get(OTHER, 'ASTRA')).toThrow(new NotSupportedError('Astra cannot do the other thing.'));
    expect(registry.find(GREETING, 'PAGSTAR')).toBeUndefined();
    let thrown: unknown;
    try {
      registry.get(GREETING, 'PAGSTAR');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NotSupportedError);
    expect((thrown as NotSupportedError).details).toMatchObject({ provider: 'PAGSTAR' });
  });

  test('a provider that is not configured says so', () => {
    const astraOnly = new PortRegistry([{ provider: 'ASTRA', bindings: [bind(GREETING, astra)] }]);
    expect(() => astraOnly.get(GREETING, 'PAGSTAR')).toThrow(new NotSupportedError('Provider PAGSTAR is not configured on this server.'));
  });

  test('lists the configured providers that offer a capability', () => {
    expect(registry.providersWith(GREETING)).toEqual(['ASTRA']);
    expect(registry.providersWith(OTHER)).toEqual([]);
  });

  test('binding one capability twice for a provider is a start-up error, not a silent override', () => {
    expect(() => new PortRegistry([{ provider: 'ASTRA', bindings: [bind(GREETING, astra), bind(GREETING, astra)] }])).toThrow('ASTRA binds greeting twice');
  });
});
