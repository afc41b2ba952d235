import type { IssuedToken } from '../http/token-manager';
import type { ProviderHttp } from '../http/provider-http';
import type { PixApiTokenResponse } from './wire';

export interface PixApiClientCredentials {
  clientId: string;
  clientSecret: string;
  /** ASM-X02: HTTP Basic (`basic`) or `client_id`/`client_secret` in the form body (`body`). */
  clientAuth: 'basic' | 'body';
  /** Requested as one space-separated `scope` (ASM-X03). */
  scopes: readonly string[];
}

/**
 * OAuth 2.0 client credentials at the PSP's token URL (ASM-X02). Fetching a token has no side
 * effect, so the POST may be retried like a GET. The secret goes in the Authorization header or
 * the form, never in a URL.
 */
export function pixApiTokenFetcher(http: ProviderHttp, tokenPath: string, credentials: PixApiClientCredentials, now: () => number = Date.now) {
  const form: Record<string, string> = { grant_type: 'client_credentials' };
  if (credentials.scopes.length > 0) form.scope = credentials.scopes.join(' ');
  let headers: Record<string, string> | undefined;
  if (credentials.clientAuth === 'basic') {
    // RFC 6749 §2.3.1: both parts form-urlencoded before Base64.
    const basic = Buffer.from(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`).toString('base64');
    headers = { authorization: `Basic ${basic}` };
  } else {
    form.client_id = credentials.clientId;
    form.client_secret = credentials.clientSecret;
  }
  return async (): Promise<IssuedToken> => {
    const started = now();
    const response = await http.post<PixApiTokenResponse>(tokenPath, { form, headers, idempotent: true });
    const { access_token: accessToken, expires_in: expiresIn } = response.body ?? ({} as PixApiTokenResponse);
    // expires_in counts from issuance; measuring from our request start errs on the safe side.
    return { accessToken, expiresAt: started + Number(expiresIn) * 1000 };
  };
}
