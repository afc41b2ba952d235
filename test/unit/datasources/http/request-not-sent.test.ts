import { failedBeforeSending } from '../../../../src/datasources/http/request-not-sent';

const coded = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, ...(cause ? { cause } : {}) });

describe('failedBeforeSending: network errors that prove the request never reached the provider', () => {
  test.each([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
  ])('%s, thrown directly (undici) or as the cause of a fetch TypeError', (code) => {
    expect(failedBeforeSending(coded(code))).toBe(true);
    expect(failedBeforeSending(new TypeError('fetch failed', { cause: coded(code) }))).toBe(true);
  });

  test.each(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ABORT_ERR'])(
    '%s may come after the request was written: not proof',
    (code) => {
      expect(failedBeforeSending(coded(code))).toBe(false);
      expect(failedBeforeSending(new TypeError('fetch failed', { cause: coded(code) }))).toBe(false);
    },
  );

  test('no error, a plain value or an error without a code is not proof', () => {
    expect(failedBeforeSending(undefined)).toBe(false);
    expect(failedBeforeSending('ECONNREFUSED')).toBe(false);
    expect(failedBeforeSending(new Error('connect ECONNREFUSED 127.0.0.1:1'))).toBe(false);
  });
});
