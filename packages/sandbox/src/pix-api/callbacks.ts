import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
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
export interface CallbackTls {
  cert?: string;
  key?: string;
  ca?: string;
}

const LOG_LIMIT = 10_000;

/**
 * The webhook callback (`POST {webhookUrl}/pix`, body `{ "pix": [ … ] }`, ASM-X41): one call per
 * event (no grouping), no signature, a client certificate only when configured, retried after each
 * configured delay until a 2xx; every attempt is recorded. Tracks what is in flight so tests can wait.
 */
export class CallbackDispatcher {
  private readonly log: CallbackDelivery[] = [];
  private readonly controllers = new Set<AbortController>();
  private waiters: Array<() => void> = [];
  private active = 0;
  private nextId = 1;
  private generation = 0;

  constructor(
    private readonly scheduler: SimScheduler,
    private readonly clock: SimClock,
    private readonly options: CallbackOptions,
  ) {}

  /** `webhookUrl` is the registered URL; the callback goes to `{webhookUrl}/pix`. */
  notify(webhookUrl: string, pix: Json[]): void {
    const url = `${webhookUrl.replace(/\/+$/, '')}/pix`;
    this.active++;
    void this.attempt(this.nextId++, url, { pix }, 1, this.generation);
  }

  deliveries(): readonly CallbackDelivery[] {
    return this.log;
  }

  get inFlight(): number {
    return this.active;
  }

  /** Resolves when every notification succeeded or ran out of retries. */
  idle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Gives up everything in flight (the caller clears the scheduler); the log is kept. */
  cancelAll(): void {
    this.generation++;
    for (const controller of this.controllers) controller.abort(new Error('simulator stopped'));
    this.controllers.clear();
    this.active = 0;
    this.release();
  }

  reset(): void {
    this.cancelAll();
    this.log.length = 0;
  }

  private async attempt(id: number, url: string, body: { pix: Json[] }, n: number, gen: number): Promise<void> {
    const record = await this.post(id, url, body, n);
    if (gen !== this.generation) return;
    if (this.log.length >= LOG_LIMIT) this.log.shift();
    this.log.push(record);
    const retryDelay = this.options.retryDelaysMs[n - 1];
    if (!record.ok && retryDelay !== undefined) {
      this.scheduler.after(retryDelay, () => (gen === this.generation ? this.attempt(id, url, body, n + 1, gen) : undefined));
      return;
    }
    this.active--;
    if (this.active === 0) this.release();
  }

  private async post(deliveryId: number, url: string, body: { pix: Json[] }, attempt: number): Promise<CallbackDelivery> {
    const base = { deliveryId, attempt, url, body, at: this.clock.now().toISOString() };
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = setTimeout(() => controller.abort(new Error(`timeout after ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
    timer.unref();
    try {
      const status = await postJson(url, JSON.stringify(body), controller.signal, this.options.tls);
      return { ...base, status, ok: status >= 200 && status < 300 };
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
      return { ...base, status: 0, ok: false, error: reason instanceof Error ? reason.message : String(reason) };
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/**
 * One JSON POST with node's own client, so an https callback can carry the PSP's client
 * certificate; redirects are not followed. Resolves with the status once the answer is drained.
 */
function postJson(url: string, payload: string, signal: AbortSignal, tls: CallbackTls | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), 'user-agent': 'pix-api-sandbox-callbacks/1' };
    const onResponse = (res: IncomingMessage) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    };
    const req =
      target.protocol === 'https:'
        ? httpsRequest(target, { method: 'POST', headers, signal, cert: tls?.cert, key: tls?.key, ca: tls?.ca }, onResponse)
        : httpRequest(target, { method: 'POST', headers, signal }, onResponse);
    req.on('error', reject);
    req.end(payload);
  });
}
