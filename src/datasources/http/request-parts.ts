import type { ProviderCode } from '../../providers';
import { ProviderUnavailableError } from '../../errors/domain-errors';
import { AttemptAbort } from './undici-fetch';

/** What one HTTP attempt produced. `timedOut`/`error` are set when there is no response. */
export interface Attempt {
  status: number;
  headers: Headers | undefined;
  text: string;
  timedOut: boolean;
  error: unknown;
}

/** Small pure pieces of provider-http.ts, kept apart so the request loop reads on one screen. */
export function buildHeaders(extra: Record<string, string> | undefined, txHeader: string, transactionId: string, token: string | undefined): Record<string, string> {
  const headers: Record<string, string> = extra ? { ...extra } : {};
  headers[txHeader] = transactionId;
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  return headers;
}

export function withoutQuery(path: string): string {
  const query = path.indexOf('?');
  return query === -1 ? path : path.slice(0, query);
}

/** `a=1&b=x` (URLSearchParams encoding); undefined values are left out. */
export function toSearchParams(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const key in params) {
    const value = params[key];
    if (value !== undefined) search.append(key, String(value));
  }
  return search.toString();
}

/** JSON when the content type says so, text otherwise, undefined when empty. */
export function parseBody(result: Attempt, success: boolean, name: string, provider: ProviderCode, transactionId: string): unknown {
  const { text } = result;
  if (text === '') return undefined;
  const type = result.headers?.get('content-type');
  if (!type || !type.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    if (!success) return text; // an error page: mapError gets the raw text
    throw new ProviderUnavailableError(`${name} sent a response Paygraph could not read`, {
      provider,
      upstreamTransactionId: transactionId,
      httpStatus: result.status,
    });
  }
}

export function abortAttempt(controller: AbortController | AttemptAbort): void {
  controller.abort();
}

export function isAborted(controller: AbortController | AttemptAbort): boolean {
  return controller instanceof AttemptAbort ? controller.aborted : controller.signal.aborted;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
