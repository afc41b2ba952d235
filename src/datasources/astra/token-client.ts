import type { IssuedToken } from '../http/token-manager';
import type { ProviderHttp, UpstreamErrorContext } from '../http/provider-http';
import { ProviderAuthError, ProviderUnavailableError } from '../../errors/domain-errors';
import type { AstraTokenResponse } from './wire';

/**
 * OAuth client credentials (ASM-A02): form body, no Basic header, no scope. Fetching a
 * token has no side effect, so the POST may be retried like a GET.
 */
export function astraTokenFetcher(http: ProviderHttp, tokenPath: string, clientId: string, clientSecret: string, now: () => number = Date.now) {
  return async (): Promise<IssuedToken> => {
    const started = now();
    const response = await http.post<AstraTokenResponse>(tokenPath, {
      form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
      idempotent: true,
    });
    const { access_token: accessToken, expires_in: expiresIn } = response.body;
    // expires_in counts from issuance; measuring from our request start errs on the safe side.
    return { accessToken, expiresAt: started + Number(expiresIn) * 1000 };
  };
}

/** Token endpoint errors use the OAuth body (ASM-A04), never echoed: only the status matters. */
export function mapAstraTokenError(ctx: UpstreamErrorContext): Error {
  const details = { provider: 'ASTRA' as const, upstreamTransactionId: ctx.transactionId, httpStatus: ctx.status };
  if (ctx.status === 408 || ctx.status === 429 || ctx.status >= 500) {
    return new ProviderUnavailableError(`Astra's token endpoint is unavailable (HTTP ${ctx.status}).`, details);
  }
  return new ProviderAuthError(`Astra refused Paygraph's client credentials (HTTP ${ctx.status}).`, details);
}
