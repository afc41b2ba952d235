import { basic, call, closeAllAfterEach, PROBLEM, requestToken, start, token, TYPE } from './pix-api-test-kit';

// OAuth 2.0 client credentials of the API Pix simulator (ASM-X32..X34) and the scope of every route.

closeAllAfterEach();

describe('API Pix simulator: token endpoint', () => {
  it('issues a bearer token to a client authenticating with HTTP Basic (the default), with every served scope', async () => {
    const sim = await start();
    expect(sim.tokenUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/token$/);
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
    const res = await requestToken(sim);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'cob.write cob.read cobv.write cobv.read pix.write pix.read webhook.write webhook.read',
    });
  });

  it('takes the secret from the form body when clientAuth is "body", and then refuses Basic', async () => {
    const sim = await start({ clientAuth: 'body', clientId: 'psp-client', clientSecret: 's3cr3t' });
    const ok = await requestToken(sim, { client_id: 'psp-client', client_secret: 's3cr3t' }, '');
    expect(ok.status).toBe(200);
    const viaBasic = await requestToken(sim, {}, basic('psp-client', 's3cr3t'));
    expect(viaBasic.status).toBe(401);
    expect(viaBasic.body.error).toBe('invalid_client');
  });

  it('answers bad credentials with a 401 problem carrying the OAuth error code', async () => {
    const sim = await start();
    const res = await requestToken(sim, {}, basic(sim.clientId, 'wrong'));
    expect(res.status).toBe(401);
    expect(res.contentType).toContain(PROBLEM);
    expect(res.body).toMatchObject({ status: 401, error: 'invalid_client', title: expect.any(String), correlationId: expect.any(String) });
  });

  it('refuses other grant types', async () => {
    const sim = await start();
    const res = await requestToken(sim, { grant_type: 'password' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: TYPE('RequisicaoInvalida'), error: 'unsupported_grant_type' });
  });

  it('grants only the requested scopes that the client may have, and refuses a request for none of them', async () => {
    const sim = await start({ grantedScopes: ['cob.read', 'cob.write'] });
    const some = await requestToken(sim, { scope: 'cob.read pix.write' });
    expect(some.status).toBe(200);
    expect(some.body.scope).toBe('cob.read');
    const none = await requestToken(sim, { scope: 'pix.write' });
    expect(none.status).toBe(400);
    expect(none.body.error).toBe('invalid_scope');
  });
});

describe('API Pix simulator: bearer token and scope on every route', () => {
  it('answers 401 without a token and with an unknown one', async () => {
    const sim = await start();
    const missing = await call(sim, 'GET', '/webhook', { token: null });
    expect(missing.status).toBe(401);
    expect(missing.contentType).toContain(PROBLEM);
    expect(missing.body).toMatchObject({ type: 'about:blank', status: 401 });
    expect((await call(sim, 'GET', '/webhook', { token: 'not-a-token' })).status).toBe(401);
  });

  it('answers 403 AcessoNegado when the token lacks the route scope', async () => {
    const sim = await start();
    const readOnly = await token(sim, 'cob.read');
    const res = await call(sim, 'PUT', '/webhook/' + sim.pixKey, { token: readOnly, body: { webhookUrl: 'http://127.0.0.1:9/hook' } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ type: TYPE('AcessoNegado'), title: 'Acesso Negado', status: 403 });
    expect((await call(sim, 'GET', '/pix/E99999999202012311200abcdefghijk', { token: readOnly })).status).toBe(403);
    expect((await call(sim, 'GET', '/cob/abcdefghijabcdefghijabcdefghij', { token: readOnly })).status).toBe(404);
  });

  it('expires tokens on the simulator clock and after revokeTokens', async () => {
    const sim = await start({ tokenTtlSeconds: 60 });
    const bearer = await token(sim);
    expect((await call(sim, 'GET', '/webhook', { token: bearer })).status).toBe(200);
    sim.clock.advance(61_000);
    expect((await call(sim, 'GET', '/webhook', { token: bearer })).status).toBe(401);
    const fresh = await token(sim);
    sim.revokeTokens();
    expect((await call(sim, 'GET', '/webhook', { token: fresh })).status).toBe(401);
  });

  it('forced 401s hit API routes but never the token route, so a client can recover', async () => {
    const sim = await start();
    sim.faults.set({ force401Count: 1 });
    const bearer = await token(sim);
    expect((await call(sim, 'GET', '/webhook', { token: bearer })).status).toBe(401);
    expect((await call(sim, 'GET', '/webhook', { token: bearer })).status).toBe(200);
    expect(sim.counters.count('POST /oauth/token')).toBe(1);
  });
});
