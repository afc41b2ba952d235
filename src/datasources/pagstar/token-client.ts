import type { IssuedToken } from '../http/token-manager';
import type { ProviderHttp } from '../http/provider-http';
import { PAGSTAR_ASSUMPTIONS as A } from './assumptions';
import { tokenExpiryFromWire } from './transformers';
import type { PagstarEnvelope, PagstarLoginData } from './wire';

/**
 * Partner login (ASM-P02): JSON `{email, access_key}`; the answer's `expires_in` is an
 * absolute date-time. Logging in has no side effect, so the POST may be retried like a GET.
 */
export function pagstarLoginFetcher(http: ProviderHttp, email: string, accessKey: string, now: () => number = Date.now) {
  return async (): Promise<IssuedToken> => {
    const started = now();
    const response = await http.post<PagstarEnvelope<PagstarLoginData>>(A.paths.login, {
      json: { email, access_key: accessKey },
      idempotent: true,
    });
    const data = response.body?.data;
    return { accessToken: data?.access_token, expiresAt: tokenExpiryFromWire(data?.expires_in, started) };
  };
}
