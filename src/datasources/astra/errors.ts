import type { UpstreamErrorContext } from '../http/provider-http';
import { ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError, ProviderAuthError } from '../../errors/domain-errors';
import type { AstraErrorBody } from './wire';

/**
 * Astra error body (ASM-A07) → domain error. Branches on the HTTP status only (ASM-A07
 * rule); `errorCode` is kept for support. The body itself never reaches a client: only the
 * validation messages of a 400, which are about the caller's own input.
 */
export function mapAstraError(ctx: UpstreamErrorContext): Error {
  const body = (typeof ctx.body === 'object' && ctx.body !== null ? ctx.body : {}) as AstraErrorBody;
  const details = {
    provider: 'ASTRA' as const,
    providerCode: body.errorCode,
    upstreamTransactionId: ctx.transactionId,
    httpStatus: ctx.status,
  };
  if (ctx.status === 404) return new ProviderNotFoundError('Astra has no such resource.', details);
  if (ctx.status === 401 || ctx.status === 403) {
    return new ProviderAuthError("Astra refused Paygraph's credentials for this product.", details);
  }
  if (ctx.status === 408 || ctx.status === 429 || ctx.status >= 500) {
    return new ProviderUnavailableError(`Astra is unavailable (HTTP ${ctx.status}); try again later.`, details);
  }
  const messages = Array.isArray(body.errors) ? body.errors.filter((m): m is string => typeof m === 'string').slice(0, 10) : [];
  const summary = messages.length > 0 ? messages.join('; ') : (body.message ?? `HTTP ${ctx.status}`);
  return new ProviderRejectedError(`Astra rejected the request: ${summary}`, messages, details);
}
