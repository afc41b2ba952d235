import { deriveTokenKey, openToken, sealToken } from '../../../../src/datasources/http/token-crypto';

describe('shared token encryption (AES-256-GCM, HKDF key from the credential)', () => {
  const token = { accessToken: 'eyJ.secret-token.sig', expiresAt: 2_000_000, refreshAt: 1_940_000 };
  const key = deriveTokenKey('client-secret', 'ASTRA:prod:client-1');
  const aad = 'paygraph:token:ASTRA:prod:client-1';

  test('round-trips, and the sealed text contains neither token nor credential', () => {
    const sealed = sealToken(key, aad, token);
    expect(openToken(key, aad, sealed)).toEqual(token);
    expect(sealed).not.toContain(token.accessToken);
    expect(sealed).not.toContain('client-secret');
    // A fresh IV each time: equal tokens do not give equal ciphertexts.
    expect(sealToken(key, aad, token)).not.toBe(sealed);
  });

  test('another credential, another cache key, another Redis key, or a flipped byte: nothing comes out', () => {
    const sealed = sealToken(key, aad, token);
    expect(openToken(deriveTokenKey('other-secret', 'ASTRA:prod:client-1'), aad, sealed)).toBeUndefined();
    expect(openToken(deriveTokenKey('client-secret', 'ASTRA:sandbox:client-1'), aad, sealed)).toBeUndefined();
    expect(openToken(key, 'paygraph:token:elsewhere', sealed)).toBeUndefined();
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(openToken(key, aad, `v1.${raw.toString('base64url')}`)).toBeUndefined();
    expect(openToken(key, aad, 'not-sealed')).toBeUndefined();
  });
});
