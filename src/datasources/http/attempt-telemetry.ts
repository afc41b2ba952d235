import type { Options as KyOptions } from 'ky';
import { telemetry } from '../../observability/telemetry';
import type { Attempt } from './request-parts';

type Observe = (kyOptions: KyOptions, path: string, run: () => Promise<Attempt>) => Promise<Attempt>;

/**
 * With OpenTelemetry export on: wraps each HTTP attempt of a provider client in a span (provider,
 * method, route template, status, attempt number, the `x-transaction-id` sent) and records the
 * provider's RED metrics (src/observability/otel/provider-spans.ts). Off: undefined, and the
 * client runs its attempts unwrapped. The attempts of one logical call share its ky options object
 * (provider-http.ts builds one per call), which is what numbers them.
 */
export function observeAttempts(provider: string, transactionIdHeader = 'x-transaction-id'): Observe | undefined {
  const tracing = telemetry();
  if (!tracing) return undefined;
  const sent = new WeakMap<KyOptions, number>();
  return async (kyOptions, path, run) => {
    const number = (sent.get(kyOptions) ?? 0) + 1;
    sent.set(kyOptions, number);
    const headers = kyOptions.headers as Record<string, string> | undefined;
    const observation = tracing.providerAttempt({
      provider,
      method: kyOptions.method ?? 'GET',
      path,
      attempt: number,
      transactionId: headers?.[transactionIdHeader] ?? '',
    });
    let result: Attempt;
    try {
      result = await run();
    } catch (error) {
      // A request ky could not build (a programming error): never sent.
      observation.end(0, 'not_sent');
      throw error;
    }
    observation.end(result.status, result.status === 0 ? (result.timedOut ? 'timeout' : 'network') : undefined);
    return result;
  };
}
