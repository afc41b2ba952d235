import { decodeGlobalId, encodeGlobalId } from '../../../src/lib/global-id';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('global ids', () => {
  it('round-trips type, provider and provider id', () => {
    const id = encodeGlobalId('PixCharge', 'ASTRA', 'astra202412dfsdrtsdgdgdst00005Z');
    expect(decodeGlobalId(id)).toEqual({ type: 'PixCharge', provider: 'ASTRA', providerId: 'astra202412dfsdrtsdgdgdst00005Z' });
    expect(decodeGlobalId(encodeGlobalId('Refund', 'PAGSTAR', '0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21'))).toEqual({
      type: 'Refund',
      provider: 'PAGSTAR',
      providerId: '0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21',
    });
  });

  it("refuses provider ids outside the provider's pattern (ASM-A55, ASM-P11): dot segments, separators, unicode", () => {
    for (const providerId of ['.', '..', '/', '%2F', 'a/../b', 'a.b', 'a:b:c', 'x/y?z=1&w', 'a\\b', 'a#b', 'ção', ' spaced ', '::', 'a\u202Eb']) {
      expect(decodeGlobalId(encodeGlobalId('Webhook', 'ASTRA', providerId))).toBeNull();
    }
    expect(decodeGlobalId(b64('v1:Webhook:ASTRA:'))).toBeNull();
    for (const providerId of ['42', '..', '0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21x', '0b6f3c1e2a7d-4f7e-9d7a-5c1e8f0a9b21']) {
      expect(decodeGlobalId(encodeGlobalId('PixCharge', 'PAGSTAR', providerId))).toBeNull();
    }
    expect(decodeGlobalId(encodeGlobalId('PixCharge', 'ASTRA', 'A-z_09'))?.providerId).toBe('A-z_09');
    expect(decodeGlobalId(encodeGlobalId('PixCharge', 'PAGSTAR', '0B6F3C1E-2A7D-4F7E-9D7A-5C1E8F0A9B21'))?.providerId).toBe('0B6F3C1E-2A7D-4F7E-9D7A-5C1E8F0A9B21');
  });

  it('is opaque and URL-safe', () => {
    const id = encodeGlobalId('PixCharge', 'ASTRA', 'txid?with/slashes+and=signs~~~~');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain('PixCharge');
    expect(id).not.toContain('ASTRA');
  });

  it('differs between types, providers and provider ids', () => {
    const ids = new Set([
      encodeGlobalId('PixCharge', 'ASTRA', '1'),
      encodeGlobalId('Refund', 'ASTRA', '1'),
      encodeGlobalId('PixCharge', 'PAGSTAR', '1'),
      encodeGlobalId('PixCharge', 'ASTRA', '2'),
    ]);
    expect(ids.size).toBe(4);
  });

  it('refuses to encode what it could not decode', () => {
    expect(() => encodeGlobalId('', 'ASTRA', '1')).toThrow();
    expect(() => encodeGlobalId('Pix:Charge', 'ASTRA', '1')).toThrow();
    expect(() => encodeGlobalId('PixCharge', 'OTHER' as never, '1')).toThrow();
    expect(() => encodeGlobalId('PixCharge', 'ASTRA', '')).toThrow();
    expect(() => encodeGlobalId('PixCharge', 'ASTRA', 'a\u0000b')).toThrow();
  });

  describe('decoding tampered or malformed ids returns null', () => {
    const valid = encodeGlobalId('PixCharge', 'ASTRA', 'abc123');

    it.each([
      ['empty', ''],
      ['not base64url', 'not base64!'],
      ['standard base64 padding', `${valid}==`],
      ['standard base64 alphabet', b64('v1:PixCharge:ASTRA:abc?>?').replace(/-/g, '+').replace(/_/g, '/')],
      ['truncated mid-character', valid.slice(0, -1)],
      ['one character changed', valid.slice(0, 5) + (valid[5] === 'A' ? 'B' : 'A') + valid.slice(6)],
      ['appended character (decodes to a NUL byte)', `${valid}A`],
      ['control characters in the provider id', b64('v1:PixCharge:ASTRA:abc\n')],
      ['unknown provider', b64('v1:PixCharge:STRIPE:abc')],
      ['lower-case provider', b64('v1:PixCharge:astra:abc')],
      ['wrong version', b64('v2:PixCharge:ASTRA:abc')],
      ['no version', b64('PixCharge:ASTRA:abc')],
      ['missing provider id', b64('v1:PixCharge:ASTRA:')],
      ['missing provider and id', b64('v1:PixCharge')],
      ['bad type name', b64('v1:Pix Charge:ASTRA:abc')],
      ['empty type', b64('v1::ASTRA:abc')],
      ['invalid UTF-8', Buffer.from([0x76, 0x31, 0x3a, 0xff, 0xfe]).toString('base64url')],
      ['a plain provider id', 'abc123'],
      ['huge input', 'A'.repeat(100_000)],
    ])('%s', (_name, id) => {
      expect(decodeGlobalId(id)).toBeNull();
    });

    it('an edit that stays well-formed names another object: ids are not signed, they grant nothing', () => {
      expect(decodeGlobalId(valid.slice(0, -2))).toEqual({ type: 'PixCharge', provider: 'ASTRA', providerId: 'abc12' });
    });

    it.each([undefined, null, 42, {}, []])('non-string %p', (id) => {
      expect(decodeGlobalId(id as never)).toBeNull();
    });

    it('never throws on random input', () => {
      let seed = 1;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
      for (let i = 0; i < 2_000; i += 1) {
        const bytes = Buffer.from(Array.from({ length: next() % 40 }, () => next() % 256));
        expect(() => decodeGlobalId(bytes.toString('base64url'))).not.toThrow();
        expect(() => decodeGlobalId(bytes.toString('latin1'))).not.toThrow();
      }
    });
  });
});

describe('global id strictness (mutation survivors)', () => {
  test('a non-canonical spelling of a valid id (same bytes, different trailing bits) is null', () => {
    const id = encodeGlobalId('PixCharge', 'ASTRA', 'a');
    const bytes = Buffer.from(id, 'base64url');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twins = [...alphabet].map((c) => id.slice(0, -1) + c).filter((candidate) => candidate !== id && Buffer.from(candidate, 'base64url').equals(bytes));
    expect(twins.length).toBeGreaterThan(0);
    for (const twin of twins) expect(decodeGlobalId(twin)).toBeNull();
    expect(decodeGlobalId(id)).toEqual({ type: 'PixCharge', provider: 'ASTRA', providerId: 'a' });
  });

  test('invalid UTF-8 in the provider id is null (it would decode to U+FFFD)', () => {
    const id = Buffer.concat([Buffer.from('v1:PixCharge:ASTRA:ab', 'utf8'), Buffer.from([0xff])]).toString('base64url');
    expect(decodeGlobalId(id)).toBeNull();
  });

  test('Astra provider ids up to 64 characters decode; longer ones (and ids over 1024 characters) are null', () => {
    const at = (length: number) => b64(`v1:PixCharge:ASTRA:${'x'.repeat(length)}`);
    expect(decodeGlobalId(at(64))).toMatchObject({ type: 'PixCharge', provider: 'ASTRA' });
    expect(decodeGlobalId(at(65))).toBeNull();
    expect(decodeGlobalId('A'.repeat(1025))).toBeNull();
  });

  test('encoding errors name the problem', () => {
    expect(() => encodeGlobalId('bad type', 'ASTRA', 'x')).toThrow('Invalid GraphQL type name for a global id: bad type');
    expect(() => encodeGlobalId('PixCharge', 'NOPE' as never, 'x')).toThrow('Unknown provider for a global id: NOPE');
    expect(() => encodeGlobalId('PixCharge', 'ASTRA', '')).toThrow('Global id needs a non-empty provider id without control characters');
  });
});
