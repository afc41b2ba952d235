import { FaultKnobs, type FaultDecision, type FaultSettings } from '../shared/fault-knobs';
import { SimClock, SimScheduler } from '../shared/sim-clock';
import { SimCounters } from '../shared/sim-counters';
import { SimRouter } from '../shared/sim-router';
import { startSimServer } from '../shared/sim-server';
import { API_BASE, LOGIN_ROUTE, registerApiRoutes, type PagstarAccount } from './api-routes';
import { CONTROL_PREFIX, registerControlRoutes } from './control-routes';
import { laravelDate, toReais } from './formats';
import { errorBody, MESSAGES } from './responses';
import { TransactionStore } from './store';
import { TokenStore } from './tokens';
import { STATUS, type DeliveryRecord, type PagstarTransaction, type PagstarWebhookPayload } from './types';
import { WebhookDispatcher } from './webhooks';

export type { DeliveryRecord, PagstarWebhookPayload } from './types';

export interface PagstarSimulatorOptions {
  port?: number;
  /** Accepted static bearer tokens. */
  staticTokens?: string[];
  email?: string;
  accessKey?: string;
  tenantId?: string;
  /** Login token lifetime; ASM-P02 default 5 years. */
  tokenTtlSeconds?: number;
  /** ASM-P04 default 3000. */
  sandboxDelayMs?: number;
  /** ASM-P08: one entry per retry after a failed attempt; default [60_000, 60_000] ("2 more times"). */
  webhookRetryDelaysMs?: number[];
  /** ASM-P08: an attempt fails unless a 2xx arrives within this; default 10_000. */
  webhookTimeoutMs?: number;
  /** IP allow-listing (3.128.119.90) is the receiver's job, so nothing here. */
  allowedWebhookSourceNote?: never;
  faults?: Partial<FaultSettings>;
}

export interface PagstarSimulator {
  url: string;
  baseUrl: string;
  staticToken: string;
  email: string;
  accessKey: string;
  tenantId: string;
  counters: SimCounters;
  faults: FaultKnobs;
  clock: SimClock;
  revokeTokens(): void;
  payDeposit(externalReference: string, payer?: { name: string; document: string }): Promise<boolean>;
  /** Every delivery attempt, oldest first. */
  deliveries(): readonly DeliveryRecord[];
  /** The URL last set with PATCH notification-url, if any. */
  notificationUrl(): string | undefined;
  /**
   * Resolves when no sandboxDelay automation (,01 auto-payment, transfer settlement) is due and no
   * webhook event is in flight, scheduled retries included (minutes with the default delays).
   * Expiry cancels are not waited for: they are hours away and follow the clock.
   */
  waitForIdle(): Promise<void>;
  /** Stops the server, aborts in-flight deliveries and clears every timer. */
  close(): Promise<void>;
}

const DEFAULT_STATIC_TOKEN = '1|sandboxPagstarStaticToken000000000000000000';
const DEFAULT_TENANT_ID = '5b0f8f52-6f1c-4d7e-9a3b-2c4d6e8fa001';
const FIVE_YEARS_S = 5 * 365 * 24 * 60 * 60;

/** Forced 401s never hit login: it is how a client recovers from them (ASM-P02). */
class PagstarFaultKnobs extends FaultKnobs {
  override decide(routeName: string): FaultDecision {
    const pending401 = this.current.force401Count;
    if (routeName !== LOGIN_ROUTE || pending401 === 0) return super.decide(routeName);
    this.set({ force401Count: 0 });
    try {
      return super.decide(routeName);
    } finally {
      this.set({ force401Count: pending401 });
    }
  }
}

/** Starts the Pagstar v2 "wallet partner" API simulator (docs/providers.md lists what it assumes) on 127.0.0.1. */
export async function startPagstarSimulator(options: PagstarSimulatorOptions = {}): Promise<PagstarSimulator> {
  const staticTokens = options.staticTokens?.length ? options.staticTokens : [DEFAULT_STATIC_TOKEN];
  const account: PagstarAccount = {
    email: options.email ?? 'sandbox@paygraph.dev',
    accessKey: options.accessKey ?? 'sandbox-access-key',
    tenantId: options.tenantId ?? DEFAULT_TENANT_ID,
    tenantName: 'Paygraph Sandbox',
    partner: { name: 'Paygraph Sandbox', document: '87539319' },
  };
  const clock = new SimClock();
  const scheduler = new SimScheduler();
  const counters = new SimCounters();
  const faults = new PagstarFaultKnobs(options.faults);
  const tokens = new TokenStore(staticTokens, clock, (options.tokenTtlSeconds ?? FIVE_YEARS_S) * 1000);
  const webhooks = new WebhookDispatcher(scheduler, clock, {
    retryDelaysMs: options.webhookRetryDelaysMs ?? [60_000, 60_000],
    timeoutMs: options.webhookTimeoutMs ?? 10_000,
  });
  const deliver = (tx: PagstarTransaction) => {
    // ASM-P08: the deposit's callback wins over the account URL — never both.
    const target = (tx.type === 'payment' ? tx.callback : null) ?? account.notificationUrl;
    if (target) webhooks.dispatch(target, webhookPayload(tx));
  };
  const store = new TransactionStore(clock, scheduler, options.sandboxDelayMs ?? 3000, deliver);
  const stopClock = clock.onChange(() => store.settleAll());

  const router = new SimRouter();
  const protectedRoutes = registerApiRoutes(router, { account, store, tokens });
  const pay = (reference: string, payer?: { name: string; document: string }) => {
    if (store.pay(reference, payer)) return 'paid' as const;
    return store.deposit(reference) ? ('not-pending' as const) : ('unknown' as const);
  };
  const reset = () => {
    scheduler.clear();
    webhooks.reset();
    store.clear();
    counters.reset();
    faults.reset();
    account.notificationUrl = undefined;
  };
  registerControlRoutes(router, {
    pay,
    reset,
    faults,
    clock,
    stats: () => ({
      now: clock.now().toISOString(),
      requests: { total: counters.total, byRoute: counters.snapshot() },
      transactions: store.counts(),
      deliveries: deliveryStats(webhooks),
    }),
  });

  const server = await startSimServer(
    {
      router,
      counters,
      faults,
      errorBody,
      faultExempt: (routeName) => routeName.includes(` ${CONTROL_PREFIX}/`),
      // Only matched API routes need a token; unknown paths fall through to the kit's 404/405.
      guard: (req, routeName) =>
        protectedRoutes.has(routeName) && !tokens.accepts(req.headers.authorization) ? { status: 401, body: { message: MESSAGES.unauthenticated } } : undefined,
    },
    options.port ?? 0,
  );

  return {
    url: server.url,
    baseUrl: `${server.url}${API_BASE}`,
    staticToken: staticTokens[0],
    email: account.email,
    accessKey: account.accessKey,
    tenantId: account.tenantId,
    counters,
    faults,
    clock,
    revokeTokens: () => tokens.revoke(),
    payDeposit: (reference, payer) => Promise.resolve(store.pay(reference, payer)),
    deliveries: () => webhooks.deliveries(),
    notificationUrl: () => account.notificationUrl,
    waitForIdle: async () => {
      while (store.automationsPending > 0 || webhooks.inFlight > 0) {
        await store.automationsDone();
        await webhooks.waitForIdle();
      }
    },
    close: async () => {
      stopClock();
      scheduler.clear();
      store.stopAutomations();
      webhooks.cancelAll();
      await server.close();
    },
  };
}

/** ASM-P08 payload: string status, reais, Laravel dates; end2end only for approved transfers. */
function webhookPayload(tx: PagstarTransaction): PagstarWebhookPayload {
  return {
    status: tx.status === STATUS.paid ? 'approved' : 'cancelled',
    type: tx.type,
    value: toReais(tx.cents),
    external_reference: tx.reference,
    transaction_id: tx.transactionId,
    end2end: tx.type === 'transfer' ? tx.end2end : null,
    user_id: null,
    created_at: laravelDate(tx.createdAtMs),
    updated_at: laravelDate(tx.updatedAtMs),
  };
}

function deliveryStats(webhooks: WebhookDispatcher) {
  const all = webhooks.deliveries();
  const succeeded = all.filter((d) => d.ok).length;
  return { attempts: all.length, succeeded, failed: all.length - succeeded, inFlight: webhooks.inFlight };
}
