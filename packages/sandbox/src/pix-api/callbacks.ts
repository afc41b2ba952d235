import { nodeJsonPost, type PostTls } from '../shared/json-post';
import { RetryingNotifier, type NotifyAttempt } from '../shared/retrying-notifier';
import type { SimClock, SimScheduler } from '../shared/sim-clock';
import type { Json } from './model';

export interface CallbackDelivery {
  /** One id per notification; its retries share it. */
  deliveryId: number;
  attempt: number;
  url: string;
  body: { pix: Json[] };
  /** Simulator-clock time of the attempt. */
  at: string;
  /** 0 when no answer arrived (network error or timeout). */
  status: number;
  ok: boolean;
  error?: string;
}

export interface CallbackOptions {
  /** ASM-X41: waits before retries 1..n after a failed attempt; default [1000, 5000, 15000]. */
  retryDelaysMs: readonly number[];
  /** ASM-X41: an attempt fails without a 2xx within this; default 10000. */
  timeoutMs: number;
  /**
   * ASM-X41: for https webhook URLs, the client certificate the PSP presents (the specification's
   * "camada de autenticação mTLS" on the callback) and the CA that signs the receiver's certificate.
   * Absent: no client certificate, the default trust store.
   */
  tls?: CallbackTls;
}

/** PEM strings. */
export type CallbackTls = PostTls;

type CallbackBody = { pix: Json[] };

/**
 * The webhook callback (`POST {webhookUrl}/pix`, body `{ "pix": [ … ] }`, ASM-X41): one call per
 * event (no grouping), no signature, a client certificate only when configured, retried after each
 * configured delay until a 2xx; every attempt is recorded. Tracks what is in flight so tests can wait.
 */
export class CallbackDispatcher {
  private readonly notifier: RetryingNotifier<CallbackBody, CallbackDelivery>;

  constructor(scheduler: SimScheduler, clock: SimClock, options: CallbackOptions) {
    this.notifier = new RetryingNotifier(scheduler, clock, {
      retryDelaysMs: options.retryDelaysMs,
      timeoutMs: options.timeoutMs,
      // node's client rather than fetch: an https callback may carry the PSP's client certificate.
      post: nodeJsonPost('pix-api-sandbox-callbacks/1', options.tls),
      toRecord: callbackDelivery,
    });
  }

  /** `webhookUrl` is the registered URL; the callback goes to `{webhookUrl}/pix`. */
  notify(webhookUrl: string, pix: Json[]): void {
    this.notifier.notify(`${webhookUrl.replace(/\/+$/, '')}/pix`, { pix });
  }

  deliveries(): readonly CallbackDelivery[] {
    return this.notifier.deliveries();
  }

  get inFlight(): number {
    return this.notifier.inFlight;
  }

  /** Resolves when every notification succeeded or ran out of retries. */
  idle(): Promise<void> {
    return this.notifier.idle();
  }

  /** Gives up everything in flight (the caller clears the scheduler); the log is kept. */
  cancelAll(): void {
    this.notifier.cancelAll();
  }

  reset(): void {
    this.notifier.reset();
  }
}

/** The API Pix record has no duration; `error` only when the attempt got no answer. */
function callbackDelivery({ deliveryId, attempt, url, body, at, status, ok, error }: NotifyAttempt<CallbackBody>): CallbackDelivery {
  return { deliveryId, attempt, url, body, at, status, ok, ...(error === undefined ? {} : { error }) };
}
