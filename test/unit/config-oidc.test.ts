import { loadConfig, ConfigError } from '../../src/config';

const ISSUER = 'https://login.example.com/realms/staff';

describe('OIDC configuration', () => {
  test('absent without OIDC_ISSUER', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  test('defaults: the `scope` claim, no map, 30 s of skew, every asymmetric algorithm', () => {
    expect(loadConfig({ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'paygraph' }).oidc).toEqual({
      issuer: ISSUER,
      audience: 'paygraph',
      scopesClaim: 'scope',
      scopeMap: undefined,
      clockSkewSeconds: 30,
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
    });
  });

  test('a scope map, another claim, skew and algorithms', () => {
    const oidc = loadConfig({
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: 'paygraph',
      OIDC_SCOPES_CLAIM: 'roles',
      OIDC_SCOPE_MAP: 'paygraph:read=read, paygraph:pay=payouts',
      OIDC_CLOCK_SKEW_SECONDS: '5',
      OIDC_ALGORITHMS: 'ES256',
    }).oidc;
    expect(oidc).toMatchObject({ scopesClaim: 'roles', clockSkewSeconds: 5, algorithms: ['ES256'] });
    expect([...oidc!.scopeMap!]).toEqual([
      ['paygraph:read', 'read'],
      ['paygraph:pay', 'payouts'],
    ]);
  });

  test.each([
    [{ OIDC_ISSUER: ISSUER }, /OIDC_AUDIENCE: required/],
    [{ OIDC_AUDIENCE: 'paygraph' }, /OIDC_ISSUER: required/],
    [{ OIDC_ISSUER: 'not a url', OIDC_AUDIENCE: 'paygraph' }, /OIDC_ISSUER/],
    [{ OIDC_ISSUER: 'http://login.example.com', OIDC_AUDIENCE: 'paygraph', NODE_ENV: 'production', API_KEYS: 'a=key-0123456789abcdef' }, /OIDC_ISSUER: must be https/],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'paygraph', OIDC_SCOPE_MAP: 'admin=root' }, /OIDC_SCOPE_MAP: unknown Paygraph scope root/],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'paygraph', OIDC_SCOPE_MAP: 'read' }, /OIDC_SCOPE_MAP: each entry/],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'paygraph', OIDC_ALGORITHMS: 'RS256,HS256' }, /OIDC_ALGORITHMS: only asymmetric/],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'paygraph', OIDC_ALGORITHMS: 'none' }, /OIDC_ALGORITHMS: only asymmetric/],
    [{ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: 'paygraph', OIDC_CLOCK_SKEW_SECONDS: '3600' }, /OIDC_CLOCK_SKEW_SECONDS/],
  ])('a bad value stops start-up naming the variable: %j', (env, pattern) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(pattern);
  });
});
