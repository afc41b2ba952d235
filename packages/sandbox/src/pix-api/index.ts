import type { FaultKnobs, FaultSettings } from '../shared/fault-knobs';
import { SimClock, SimScheduler } from '../shared/sim-clock';
import type { SimCounters } from '../shared/sim-counters';
import { SimRouter } from '../shared/sim-router';
import { startSimServer } from '../shared/sim-server';
import { API_PREFIX, ApiRoutes, createGuard, errorBody, isControlRoute, PixApiCounters, PixApiFaultKnobs } from './guard';
import { CallbackDispatcher, type CallbackDelivery, type CallbackTls } from './callbacks';
import type { PixApiContext } from './context';
import { payCharge } from './payments';
import { PROBLEM_CONTENT_TYPE } from './problems';
import { settleDueRefunds } from './refunds';
import { registerChargeRoutes } from './routes-charges';
import { registerOauthRoutes, TOKEN_PATH } from './routes-oauth';
import { registerPixRoutes } from './routes-pix';
import { registerControlRoutes } from './routes-sim';
import { registerWebhookRoutes } from './routes-webhooks';
import { PixApiStore } from './store';
import { TokenStore } from './tokens';

export type { CallbackDelivery, CallbackTls } from './callbacks';

/** Every scope of the specification this simulator serves (ASM-X32: granted by default). */
export const SERVED_SCOPES = ['cob.write', 'cob.read', 'cobv.write', 'cobv.read', 'pix.write', 'pix.read', 'webhook.write', 'webhook.read'] as const;

export const DEFAULT_CLIENT_ID = 'sandbox-pix-api';
export const DEFAULT_CLIENT_SECRET = 'sandbox-pix-api-secret';
/** A fixed random (EVP) key of the sandbox receiver. */
export const DEFAULT_PIX_KEY = '7f6844d0-de89-47e5-9ef7-e0a35a681615';

export interface PixApiSimulatorOptions {
  /** Default 0 (a random free port). */
  port?: number;
  /** Delay before a refund reaches its final status (ASM-X40); default 3000. */
  sandboxDelayMs?: number;
  clientId?: string;
  clientSecret?: string;
  /** How `/oauth/token` expects the client to authenticate (ASM-X32); default 'basic'. */
  clientAuth?: 'basic' | 'body';
  /** Scopes this client may obtain; default every scope the simulator serves. */
  grantedScopes?: string[];
  /** The receiver's Pix key (`chave`); default a fixed EVP. */
  pixKey?: string;
  /** `expires_in` of issued tokens; default 3600. Expiry follows the simulator clock. */
  tokenTtlSeconds?: number;
  /** PEM strings: serve HTTPS; `requireClientCert` demands a client certificate signed by `ca` (mTLS). */
  tls?: { key: string; cert: string; ca?: string; requireClientCert?: boolean };
  /** A clock shared with other simulators; default a new one. */
  clock?: SimClock;
  faults?: Partial<FaultSettings>;
  /** Waits before callback retries (ASM-X41); default [1000, 5000, 15000]. */
  callbackRetryDelaysMs?: number[];
  /** A callback attempt fails without a 2xx within this (ASM-X41); default 10000. */
  callbackTimeoutMs?: number;
  /** PEM strings for https callbacks: the client certificate presented and the receiver's CA (ASM-X41). */
  callbackTls?: CallbackTls;
}

export interface PixApiSimulator {
  /** API base URL including the version fragment, e.g. http://127.0.0.1:PORT/api/v2. */
  url: string;
  /** e.g. http://127.0.0.1:PORT/oauth/token */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  pixKey: string;
  clock: SimClock;
  /** Sandbox control: a payer pays an ATIVA cob/cobv: adds a Pix to its `pix` list, CONCLUIDA, fires the callback. */
  payCharge(txid: string, payer?: { name: string; document: string }, amount?: string): Promise<boolean>;
  /** Per-route counts by route name ('PUT /api/v2/cob/:txid', 'POST /oauth/token', …). */
  counters: SimCounters;
  /** Forced 401s skip the token route; other faults apply to every API route unless `routeFilter`. */
  faults: FaultKnobs;
  /** Every token issued so far is rejected (401) from now on. */
  revokeTokens(): void;
  /** Every callback attempt, oldest first. */
  callbacks(): readonly CallbackDelivery[];
  /** Resolves when no refund is processing, no x.01 cob awaits its automatic payment (ASM-X55) and no callback (retries included) is in flight. */
  waitForIdle(): Promise<void>;
  /** Forgets every charge, Pix, refund, webhook and callback, and resets counters and faults. */
  reset(): void;
  /** Stops the server, aborts in-flight callbacks and clears every timer. */
  close(): Promise<void>;
}

/** Starts the API Pix simulator (its assumptions ASM-X30… are listed in ./assumptions.md) on 127.0.0.1. */
export async function startPixApiSimulator(options: PixApiSimulatorOptions = {}): Promise<PixApiSimulator> {
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEFAULT_CLIENT_SECRET;
  const pixKey = options.pixKey ?? DEFAULT_PIX_KEY;
  const clock = options.clock ?? new SimClock();
  const scheduler = new SimScheduler();
  const counters = new PixApiCounters();
  const faults = new PixApiFaultKnobs(options.faults);
  const tokens = new TokenStore(clock, options.tokenTtlSeconds ?? 3600);

  const store = new PixApiStore();
  const callbacks = new CallbackDispatcher(scheduler, clock, {
    retryDelaysMs: options.callbackRetryDelaysMs ?? [1000, 5000, 15_000],
    timeoutMs: options.callbackTimeoutMs ?? 10_000,
    tls: options.callbackTls,
  });
  const ctx: PixApiContext = { store, clock, scheduler, callbacks, receiverKey: pixKey, sandboxDelayMs: options.sandboxDelayMs ?? 3000, autoPays: new Set() };
  const reset = () => {
    scheduler.clear();
    ctx.autoPays.clear();
    callbacks.reset();
    store.clear();
    counters.reset();
    faults.reset();
  };

  const router = new SimRouter();
  const api = new ApiRoutes(router);
  registerOauthRoutes(router, {
    tokens,
    clientId,
    clientSecret,
    clientAuth: options.clientAuth ?? 'basic',
    grantedScopes: options.grantedScopes ?? [...SERVED_SCOPES],
  });
  registerChargeRoutes(api, ctx);
  registerPixRoutes(api, ctx);
  registerWebhookRoutes(api, ctx);
  registerControlRoutes(router, { ctx, counters, faults, reset });
  // Refunds settle on the simulator clock: moving it settles what became due.
  const stopWatchingClock = clock.onChange(() => settleDueRefunds(ctx));

  const server = await startSimServer(
    {
      router,
      counters,
      faults,
      errorBody,
      errorContentType: PROBLEM_CONTENT_TYPE,
      guard: createGuard(tokens, api),
      faultExempt: isControlRoute,
      tls: options.tls,
    },
    options.port ?? 0,
  );

  let closing: Promise<void> | undefined;
  return {
    url: `${server.url}${API_PREFIX}`,
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    clientId,
    clientSecret,
    pixKey,
    clock,
    counters,
    faults,
    payCharge: (txid, payer, amount) => Promise.resolve(payCharge(ctx, txid, payer, amount) !== undefined),
    revokeTokens: () => tokens.revokeAll(),
    callbacks: () => callbacks.deliveries(),
    waitForIdle: async () => {
      while (refundsProcessing(store) || ctx.autoPays.size > 0 || callbacks.inFlight > 0) {
        if (refundsProcessing(store) || ctx.autoPays.size > 0) await delay(Math.min(ctx.sandboxDelayMs, 50));
        await callbacks.idle();
      }
    },
    reset,
    close: () =>
      (closing ??= (async () => {
        stopWatchingClock();
        scheduler.clear();
        ctx.autoPays.clear();
        callbacks.cancelAll();
        await server.close();
      })()),
  };
}

function refundsProcessing(store: PixApiStore): boolean {
  for (const refund of store.refunds.values()) if (refund.status === 'EM_PROCESSAMENTO') return true;
  return false;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(ms, 1)));
}
