import type { UpstreamErrorContext } from '../http/provider-http';
import { ProviderAuthError, ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError } from '../../errors/domain-errors';
import type { PagstarErrorBody } from './wire';

const MAX_MESSAGES = 10;
const MAX_MESSAGE_LENGTH = 300;

/**
 * Pagstar error (ASM-P03) → domain error, branching on the HTTP status only (the `message` text
 * is pt-BR prose and never parsed). Only the 422 `errors` map, which is about the caller's own
 * input, reaches a client; the rest of the body never does.
 */
export function mapPagstarError(ctx: UpstreamErrorContext): Error {
  const details = { provider: 'PAGSTAR' as const, providerCode: ctx.status, upstreamTransactionId: ctx.transactionId, httpStatus: ctx.status };
  if (ctx.status === 404) return new ProviderNotFoundError('Pagstar has no such transaction.', details);
  if (ctx.status === 401 || ctx.status === 403) return new ProviderAuthError("Pagstar refused Paygraph's credentials.", details);
  if (ctx.status === 408 || ctx.status === 429 || ctx.status >= 500) {
    return new ProviderUnavailableError(`Pagstar is unavailable (HTTP ${ctx.status}); try again later.`, details);
  }
  const messages = validationMessages(ctx.body);
  const summary = messages.length > 0 ? messages.join('; ') : `HTTP ${ctx.status}`;
  return new ProviderRejectedError(`Pagstar rejected the request: ${summary}`, messages, details);
}

/** Login errors (ASM-P02): 401 wrong credentials, 422 malformed fields — both a configuration problem. */
export function mapPagstarLoginError(ctx: UpstreamErrorContext): Error {
  const details = { provider: 'PAGSTAR' as const, providerCode: ctx.status, upstreamTransactionId: ctx.transactionId, httpStatus: ctx.status };
  if (ctx.status === 408 || ctx.status === 429 || ctx.status >= 500) {
    return new ProviderUnavailableError(`Pagstar's login is unavailable (HTTP ${ctx.status}).`, details);
  }
  return new ProviderAuthError(`Pagstar refused Paygraph's login (HTTP ${ctx.status}).`, details);
}

/** The Laravel `errors` map flattened: `{value: ["a"], name: ["b", "c"]}` → ["a", "b", "c"]. */
export function validationMessages(body: unknown): string[] {
  const errors = typeof body === 'object' && body !== null ? (body as PagstarErrorBody).errors : undefined;
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return [];
  const messages: string[] = [];
  for (const value of Object.values(errors)) {
    for (const message of Array.isArray(value) ? value : [value]) {
      if (typeof message === 'string' && message.length > 0) messages.push(message.slice(0, MAX_MESSAGE_LENGTH));
      if (messages.length >= MAX_MESSAGES) return messages;
    }
  }
  return messages;
}
