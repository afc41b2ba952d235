import type { FaultKnobs, FaultSettings } from '../shared/fault-knobs';
import { SimClock, SimScheduler } from '../shared/sim-clock';
import type { SimCounters } from '../shared/sim-counters';
import { SimRouter } from '../shared/sim-router';
import { startSimServer } from '../shared/sim-server';
import type { AstraContext } from './context';
import { AstraCounters, AstraFaultKnobs, createErrorBody, createGuard, isControlRoute } from './guard';
import { PixService } from './pix-service';
import { registerChargeRoutes } from './routes-charges';
import { registerOauthRoutes } from './routes-oauth';
import { registerRefundRoutes } from './routes-refunds';
import { registerControlRoutes } from './routes-sim';
import { registerWebhookRoutes } from './routes-webhooks';
import { registerStaticPixQrCodeRoutes } from './static-pix-qr-codes/routes';
import { registerCardRoutes } from './cards/routes';
import { CardStore } from './cards/card-store';
import { registerCardRecurrenceRoutes } from './card-recurrences/routes';
import { registerPaymentLinkRoutes } from './payment-links/routes';
import { registerAutomaticPixRoutes } from './automatic-pix/routes';
import { registerPixCheckoutRoutes } from './pix-payouts/routes';
import { AstraStore } from './state';
import { TaskTracker } from './tasks';
import { TokenStore } from './tokens';
import { WebhookDispatcher } from './webhook-delivery';

export interface AstraSimulatorOptions {
  /** Default 0 (a random free port). */
  port?: number;
  /** Accepted credentials; default 'sandbox-client' / 'sandbox-secret'. */
  clientId?: string;
  clientSecret?: string;
  /** `expires_in`; default 3600 (ASM-A03). Tokens are rejected (401) after it, on the simulator clock. */
  tokenTtlSeconds?: number;
  /** Delay of every sandbox automation (ASM-A10); default 3000. */
  sandboxDelayMs?: number;
  /** Waits before webhook retries (ASM-A11); default [60000, 300000, 900000]. */
  webhookRetryDelaysMs?: number[];
  /** Webhook attempt timeout (ASM-A11); default 10000. */
  webhookTimeoutMs?: number;
  faults?: Partial<FaultSettings>;
}

export interface AstraSimulator {
  /** Base URL serving every product (ASM-A01), e.g. http://127.0.0.1:40123. */
  url: string;
  clientId: string;
  clientSecret: string;
  /** Per-route counts, by route name ('POST /oauth/v1/token', 'GET /charge/v1/dynamic/:txid', …). */
  counters: SimCounters;
  /** Forced 401s skip the token route; other faults apply to every API route unless `routeFilter`. */
  faults: FaultKnobs;
  clock: SimClock;
  /** Every token issued so far is rejected (401) from now on. */
  revokeTokens(): void;
  /** The last 100 access tokens issued, oldest first, for leak scans (rotated-out tokens included). */
  issuedTokens(): string[];
  /** Pays an ACTIVE charge now (and sends its webhook); false when unknown or not ACTIVE. */
  payCharge(txid: string, payer?: { name: string; documentNumber: string }): Promise<boolean>;
  /**
   * Resolves when nothing is pending: no sandbox automation scheduled, no webhook attempt in flight
   * and no webhook retry waiting (with the default retry delays that can take minutes).
   */
  waitForIdle(): Promise<void>;
  /** Stops the server, aborts in-flight webhook attempts and clears every timer. */
  close(): Promise<void>;
}

const DEFAULT_RETRY_DELAYS_MS = [60_000, 300_000, 900_000];

/** Starts the Astra Pagamentos simulator (its assumed behaviours are listed in docs/providers.md) on 127.0.0.1. */
export async function startAstraSimulator(options: AstraSimulatorOptions = {}): Promise<AstraSimulator> {
  const clientId = options.clientId ?? 'sandbox-client';
  const clientSecret = options.clientSecret ?? 'sandbox-secret';
  const clock = new SimClock();
  const tasks = new TaskTracker(new SimScheduler());
  const counters = new AstraCounters();
  const faults = new AstraFaultKnobs(options.faults);
  const tokens = new TokenStore(clock, options.tokenTtlSeconds ?? 3600);
  const store = new AstraStore(clock);
  const webhooks = new WebhookDispatcher(store, clock, tasks, {
    retryDelaysMs: options.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
  });
  const pix = new PixService(store, clock, tasks, webhooks, options.sandboxDelayMs ?? 3000);
  const ctx: AstraContext = { store, clock, pix, webhooks };

  const router = new SimRouter();
  registerOauthRoutes(router, { tokens, clientId, clientSecret });
  registerChargeRoutes(router, ctx);
  registerRefundRoutes(router, ctx);
  registerWebhookRoutes(router, ctx);
  registerStaticPixQrCodeRoutes(router, ctx);
  const cards = new CardStore(clock, tasks, webhooks, options.sandboxDelayMs ?? 3000);
  registerCardRoutes(router, { clock, cards });
  registerCardRecurrenceRoutes(router, { clock, cards, tasks, webhooks, sandboxDelayMs: options.sandboxDelayMs ?? 3000 });
  const paymentLinks = registerPaymentLinkRoutes(router, { clock, webhooks, tasks, sandboxDelayMs: options.sandboxDelayMs ?? 3000 });
  registerAutomaticPixRoutes(router, { clock, tasks, sandboxDelayMs: options.sandboxDelayMs ?? 3000 });
  registerPixCheckoutRoutes(router, { ...ctx, tasks, counters, sandboxDelayMs: options.sandboxDelayMs ?? 3000 });
  registerControlRoutes(router, { ...ctx, counters, faults });

  // ASM-A10: expirations follow the simulator clock, so re-evaluate them whenever it moves.
  const stopWatchingClock = clock.onChange(() => store.expireDue());
  const server = await startSimServer(
    {
      router,
      counters,
      faults,
      errorBody: createErrorBody(clock),
      guard: createGuard(tokens, clock),
      faultExempt: isControlRoute,
    },
    options.port ?? 0,
  );

  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    clientId,
    clientSecret,
    counters,
    faults,
    clock,
    revokeTokens: () => tokens.revokeAll(),
    issuedTokens: () => tokens.recentlyIssued(),
    payCharge: (txid, payer) => Promise.resolve(pix.payCharge(txid, payer) !== undefined),
    waitForIdle: () => tasks.idle(),
    close: () =>
      (closing ??= (async () => {
        stopWatchingClock();
        paymentLinks.stop();
        tasks.close();
        webhooks.close();
        await server.close();
      })()),
  };
}
