import ky, { type KyInstance, type Options as KyOptions } from 'ky';
import type { Dispatcher } from 'undici';
import { providerInfo, type ProviderCode } from '../../providers';
import { PaygraphError, ProviderAuthError, ProviderCallBudgetExhaustedError, ProviderUnavailableError } from '../../errors/domain-errors';
import { providerCallLeft, refundProviderCall, spendProviderCall } from './provider-call-budget';
import { backoffDelayMs, isRetryAllowed, isRetryableStatus, retryAfterDelayMs, type HttpMethod, type RetrySettings } from './retry-policy';
import type { TokenManager } from './token-manager';
import { newTransactionId } from './transaction-id';
import { abortAttempt, buildHeaders, isAborted, parseBody, sleep, toSearchParams, withoutQuery, type Attempt } from './request-parts';
import { ATTEMPT_ABORT_OPTION, AttemptAbort, createUndiciFetch } from './undici-fetch';
import { failedBeforeSending } from './request-not-sent';
import { skipRetryClone } from './ky-no-retry-clone';
import { observeAttempts } from './attempt-telemetry';

export interface UpstreamErrorContext {
  status: number;
  /** Parsed JSON (JSON content type) or text; undefined when empty. */
  body: unknown;
  transactionId: string;
  method: string;
  path: string;
}

export interface ProviderHttpOptions {
  provider: ProviderCode;
  prefixUrl: string;
  /** Per attempt, covering the response headers and body. */
  timeoutMs: number;
  /** Total for the logical call, including token acquisition, retries and backoff sleeps. */
  deadlineMs: number;
  retry: RetrySettings;
  /** Static headers (e.g. User-Agent). `accept: application/json` is sent unless overridden here. */
  headers?: Record<string, string>;
  /** Default 'x-transaction-id'. */
  transactionIdHeader?: string;
  /**
   * When set: `Authorization: Bearer <token>`; on 401 → tokens.invalidate(used), get a fresh one and
   * retry ONCE (any method: a 401 means the provider did not process the request); a second 401 →
   * ProviderAuthError. The 401 retry uses neither the `retry.limit` budget nor the operation's
   * provider-call budget (the refused attempt's unit is given back: provider-call-budget.ts).
   */
  tokens?: TokenManager;
  /** Provider-specific mapping of a final non-2xx (except the 401 handled above) to a domain error. */
  mapError: (ctx: UpstreamErrorContext) => Error;
  /**
   * Pluggable fetch given to ky. Default: `createUndiciFetch()`, ky over a shared keep-alive
   * undici pool (see undici-fetch.ts for why not Node's global fetch).
   */
  fetch?: typeof fetch;
  /**
   * The undici dispatcher of the built-in adapter (ignored with `fetch`). Default: the shared
   * keep-alive pool; a provider with mutual TLS passes its own Agent carrying the client
   * certificate (tls-agent.ts), so its calls still go through ky and this loop.
   */
  dispatcher?: Dispatcher;
}

export interface RequestOptions {
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: Record<string, string>;
  /**
   * POST/PATCH: `true` allows retries (the call is idempotent by construction). Any method: `false`
   * forbids retries (e.g. Astra PUT actions, ASM-A05). Default: GET/HEAD/PUT/DELETE retry, POST/PATCH do not.
   */
  idempotent?: boolean;
  headers?: Record<string, string>;
  /** Use this x-transaction-id instead of a fresh UUID (e.g. to continue a trace). */
  transactionId?: string;
}

export interface ProviderResponse<T> {
  status: number;
  body: T;
  transactionId: string;
}

export interface ProviderHttp {
  get<T>(path: string, options?: RequestOptions): Promise<ProviderResponse<T>>;
  post<T>(path: string, options?: RequestOptions): Promise<ProviderResponse<T>>;
  put<T>(path: string, options?: RequestOptions): Promise<ProviderResponse<T>>;
  patch<T>(path: string, options?: RequestOptions): Promise<ProviderResponse<T>>;
  delete<T>(path: string, options?: RequestOptions): Promise<ProviderResponse<T>>;
  /**
   * HEAD returns non-2xx answers (e.g. Pagstar /check 410/422/404) instead of throwing. Still thrown:
   * timeouts, network errors, retryable statuses (408/429/5xx) left after retries (through mapError),
   * and a second 401 when `tokens` is set.
   */
  head(path: string, options?: RequestOptions): Promise<{ status: number; transactionId: string }>;
}

export function createProviderHttp(options: ProviderHttpOptions): ProviderHttp {
  const { provider, timeoutMs, deadlineMs, tokens, mapError } = options;
  const { limit, backoffBaseMs, backoffCapMs, retryAfterCapMs } = options.retry;
  const name = providerInfo(provider).displayName;
  const txHeader = (options.transactionIdHeader ?? 'x-transaction-id').toLowerCase();

  // One ky instance per provider, running single attempts: retries, timeouts and HTTP errors are
  // handled by the small loop in call(). ky 1.x's own retry does not know the remaining deadline
  // (its delay sleeps past it), counts a forced 401 retry (ky.retry()) against `limit` (so no 401
  // retry for a POST with limit 0), also reads RateLimit-Reset/X-RateLimit-* as Retry-After, retries
  // errors thrown by hooks, and its `timeout` stops at the response headers (not the body).
  const api: KyInstance = ky.create({
    prefixUrl: options.prefixUrl,
    headers: { accept: 'application/json', ...options.headers },
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    // A provider API has no business redirecting; never forward a bearer token to another URL.
    // A 3xx goes to mapError like any other unexpected status.
    redirect: 'manual',
    // Set once here: ky would otherwise bind globalThis.fetch on every request.
    fetch: options.fetch ?? createUndiciFetch(options.dispatcher),
    // With `retry: 0` ky 1's per-call clone of the Request is never used (see ky-no-retry-clone.ts).
    hooks: { beforeRequest: [skipRetryClone] },
  });
  // With the built-in adapter an attempt is aborted through a light handle, not an AbortSignal.
  const lightAbort = options.fetch === undefined;
  // A span and RED metrics per attempt when OpenTelemetry export is on (attempt-telemetry.ts); else undefined.
  const observe = observeAttempts(provider, txHeader);

  // Chosen once: with export off an attempt runs exactly as before (no wrapper on the request path).
  const attempt = observe
    ? (path: string, kyOptions: KyOptions, ms: number, readBody: boolean) => observe(kyOptions, path, () => attemptOnce(path, kyOptions, ms, readBody))
    : attemptOnce;

  async function attemptOnce(path: string, kyOptions: KyOptions, ms: number, readBody: boolean): Promise<Attempt> {
    const controller = lightAbort ? new AttemptAbort() : new AbortController();
    const timer = setTimeout(abortAttempt, ms, controller);
    // ky builds the Request synchronously: programming errors (bad path, unserializable json) throw
    // here, outside the try, and are neither retried nor reported as network errors. ky hands the
    // unknown ATTEMPT_ABORT_OPTION to the adapter as is.
    const pending = api(
      path,
      controller instanceof AttemptAbort ? ({ ...kyOptions, [ATTEMPT_ABORT_OPTION]: controller } as KyOptions) : { ...kyOptions, signal: controller.signal },
    );
    try {
      const response = await pending;
      // The body is read inside the attempt timer, so a stalled body counts as a timeout.
      const text = readBody ? await response.text() : '';
      return { status: response.status, headers: response.headers, text, timedOut: false, error: undefined };
    } catch (error) {
      return { status: 0, headers: undefined, text: '', timedOut: isAborted(controller), error };
    } finally {
      clearTimeout(timer);
    }
  }

  /** `requestSent`: whether any attempt of this call may have reached the provider. */
  function unavailable(timedOut: boolean, transactionId: string, cause: unknown, requestSent: boolean): ProviderUnavailableError {
    // Generic message: never the body, the URL's query, or a token.
    return new ProviderUnavailableError(
      timedOut ? `${name} did not answer in time` : `${name} could not be reached`,
      { provider, upstreamTransactionId: transactionId },
      // The network error (e.g. ECONNREFUSED) helps operators; an abort error adds nothing.
      timedOut ? { requestSent } : { cause, requestSent },
    );
  }

  /** `failedStatus`: the retry that was refused followed this answer (0: no answer). */
  function budgetSpent(transactionId: string, requestSent: boolean, failedStatus?: number): ProviderCallBudgetExhaustedError {
    const message =
      failedStatus === undefined
        ? `This operation has used every provider call its cost estimate allows; ${name} was not called`
        : `${failedStatus === 0 ? `${name} did not answer` : `${name} answered ${failedStatus}`} and this operation has no provider call left for a retry (its cost estimate is the limit)`;
    return new ProviderCallBudgetExhaustedError(message, { provider, upstreamTransactionId: transactionId, ...(failedStatus ? { httpStatus: failedStatus } : {}) }, requestSent);
  }

  async function currentToken(transactionId: string, requestSent = false): Promise<string> {
    try {
      return await tokens!.getToken();
    } catch (error) {
      // No token, no request: this attempt is not sent (`requestSent` says whether an earlier one was).
      if (error instanceof ProviderUnavailableError) throw new ProviderUnavailableError(error.message, error.details, { cause: error.cause, requestSent });
      if (error instanceof PaygraphError) throw error;
      throw new ProviderUnavailableError(`${name} could not issue an access token`, { provider, upstreamTransactionId: transactionId }, { requestSent });
    }
  }

  async function call(method: HttpMethod, rawPath: string, request: RequestOptions = {}): Promise<Attempt & { transactionId: string }> {
    // The deadline also covers waiting for a token.
    const deadlineAt = Date.now() + deadlineMs;
    const path = rawPath.charCodeAt(0) === 47 /* '/' */ ? rawPath.slice(1) : rawPath;
    const transactionId = request.transactionId ?? newTransactionId();
    const mayRetry = limit > 0 && isRetryAllowed(method, request.idempotent);
    const readBody = method !== 'HEAD';

    let token = tokens ? await currentToken(transactionId) : undefined;
    // The query goes into the path here rather than through ky's `searchParams`, which builds the
    // Request a second time just to swap its URL. Same URL: like ky, it replaces any query in `path`.
    const search = request.searchParams ? toSearchParams(request.searchParams) : '';
    const target = search ? `${withoutQuery(path)}?${search}` : path;
    const kyOptions: KyOptions = {
      method,
      headers: buildHeaders(request.headers, txHeader, transactionId, token),
      json: request.json,
      body: request.form ? new URLSearchParams(request.form) : undefined,
    };

    // Whether any attempt may have reached the provider: false only while every attempt failed
    // before sending (connection refused, DNS, TLS), so the caller knows nothing was executed.
    let everSent = false;
    // After a backoff the token taken before the first attempt may be close to expiry: take the
    // current one again (a resolved promise when nothing changed), so no attempt sends a stale token.
    const retakeToken = async () => {
      if (token === undefined) return;
      const current = await currentToken(transactionId, everSent);
      if (current !== token) {
        token = current;
        kyOptions.headers = buildHeaders(request.headers, txHeader, transactionId, token);
      }
    };
    let retries = 0;
    let authRetried = false;
    for (;;) {
      const remaining = deadlineAt - Date.now();
      if (remaining <= 0) throw unavailable(true, transactionId, undefined, everSent);
      // Every attempt sent spends one unit of the operation's admitted estimate (the ceiling).
      if (!spendProviderCall()) throw budgetSpent(transactionId, everSent);

      const result = await attempt(target, kyOptions, Math.min(timeoutMs, remaining), readBody);
      const { status } = result;
      // A 401 is never processed (see `tokens`); a network error before sending did not arrive.
      everSent ||= status === 0 ? result.timedOut || !failedBeforeSending(result.error) : status !== 401;

      if (status === 0) {
        // Timeout or network error: retry when allowed and the backoff fits in the deadline.
        if (mayRetry && retries < limit) {
          // No backoff sleep for a retry the budget would refuse anyway.
          if (!providerCallLeft()) throw budgetSpent(transactionId, everSent, 0);
          const wait = backoffDelayMs(retries, backoffBaseMs, backoffCapMs);
          if (wait < deadlineAt - Date.now()) {
            retries++;
            await sleep(wait);
            await retakeToken();
            continue;
          }
        }
        throw unavailable(result.timedOut, transactionId, result.error, everSent);
      }

      if (status >= 200 && status < 300) return { ...result, transactionId };

      if (status === 401 && token !== undefined) {
        if (authRetried) {
          throw new ProviderAuthError(`${name} refused Paygraph's credentials`, {
            provider,
            upstreamTransactionId: transactionId,
            httpStatus: 401,
          });
        }
        authRetried = true;
        refundProviderCall();
        tokens!.invalidate(token);
        token = await currentToken(transactionId, everSent);
        kyOptions.headers = buildHeaders(request.headers, txHeader, transactionId, token);
        continue;
      }

      const retryableStatus = isRetryableStatus(status);
      if (retryableStatus && mayRetry && retries < limit) {
        if (!providerCallLeft()) throw budgetSpent(transactionId, everSent, status);
        const wait = retryAfterDelayMs(result.headers!.get('retry-after'), retryAfterCapMs) ?? backoffDelayMs(retries, backoffBaseMs, backoffCapMs);
        // Never sleep past the deadline: if the wait does not fit, stop now with this answer.
        if (wait < deadlineAt - Date.now()) {
          retries++;
          await sleep(wait);
          await retakeToken();
          continue;
        }
      }

      if (method === 'HEAD' && !retryableStatus) return { ...result, transactionId };
      throw mapError({
        status,
        body: parseBody(result, false, name, provider, transactionId),
        transactionId,
        method,
        path: rawPath,
      });
    }
  }

  function bodyCall(method: HttpMethod): <T>(path: string, request?: RequestOptions) => Promise<ProviderResponse<T>> {
    return async <T>(path: string, request?: RequestOptions): Promise<ProviderResponse<T>> => {
      const result = await call(method, path, request);
      return {
        status: result.status,
        body: parseBody(result, true, name, provider, result.transactionId) as T,
        transactionId: result.transactionId,
      };
    };
  }

  return {
    get: bodyCall('GET'),
    post: bodyCall('POST'),
    put: bodyCall('PUT'),
    patch: bodyCall('PATCH'),
    delete: bodyCall('DELETE'),
    async head(path, request) {
      const result = await call('HEAD', path, request);
      return { status: result.status, transactionId: result.transactionId };
    },
  };
}
