import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeGlobalId, encodeGlobalId } from '../../src/lib/global-id';
import { DEFAULT_PROVIDER, PaymentProvider, PROVIDERS, isProviderCode, providerByGlobalIdPrefix, providerInfo } from '../../src/providers';

const SRC = join(__dirname, '..', '..', 'src');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('the provider list (src/providers.ts)', () => {
  it('has unique codes and global-id prefixes, and a default that is one of them', () => {
    expect(new Set(PROVIDERS.map((p) => p.code)).size).toBe(PROVIDERS.length);
    expect(new Set(PROVIDERS.map((p) => p.globalIdPrefix)).size).toBe(PROVIDERS.length);
    expect(isProviderCode(DEFAULT_PROVIDER)).toBe(true);
    expect(isProviderCode('STRIPE')).toBe(false);
    expect(isProviderCode('astra')).toBe(false);
  });

  it('is what the GraphQL enum object holds, value = key', () => {
    expect(Object.entries(PaymentProvider)).toEqual(PROVIDERS.map((p) => [p.code, p.code]));
    expect(Object.isFrozen(PaymentProvider)).toBe(true);
  });

  it("writes each provider's global-id prefix into its ids and reads it back", () => {
    for (const { code, globalIdPrefix } of PROVIDERS) {
      // A UUID is a valid provider id for every provider (ASM-A55, ASM-P11).
      const id = encodeGlobalId('PixCharge', code, '0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21');
      expect(Buffer.from(id, 'base64url').toString('utf8')).toBe(`v1:PixCharge:${globalIdPrefix}:0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21`);
      expect(decodeGlobalId(id)?.provider).toBe(code);
      expect(providerByGlobalIdPrefix(globalIdPrefix)).toBe(code);
    }
    expect(decodeGlobalId(b64('v1:PixCharge:STRIPE:tx-1'))).toBeNull();
  });

  it('gives each provider the display name used in messages', () => {
    expect(providerInfo('ASTRA').displayName).toBe('Astra');
    expect(providerInfo('PAGSTAR').displayName).toBe('Pagstar');
    expect(() => providerInfo('NOPE' as never)).toThrow('Unknown provider');
  });
});

/** Every .ts file under src/, as [path relative to src, text]. */
function sources(dir = SRC): [string, string][] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [[relative(SRC, path), readFileSync(path, 'utf8')] as [string, string]] : [];
  });
}

it('no other file declares the list of providers again', () => {
  const redeclared = /'ASTRA'\s*\|\s*'PAGSTAR'|'PAGSTAR'\s*\|\s*'ASTRA'|enum\s+PaymentProvider|\[\s*'ASTRA'\s*,\s*'PAGSTAR'\s*\]|ASTRA:\s*'Astra'/;
  const offenders = sources()
    .filter(([path, text]) => path !== 'providers.ts' && redeclared.test(text))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});
