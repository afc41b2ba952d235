import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The cost estimate is a ceiling (docs/security.md, "Cost in provider calls"): a GraphQL operation
 * admitted at an estimate of N provider calls may send at most N provider HTTP attempts — first
 * attempts and retries alike — however the providers fail. One exception, bounded: an attempt the
 * provider refused with 401 (stale token) gives its unit back for the single re-send with a fresh
 * token (`refundProviderCall`), so a token rotation never fails an operation whose estimate is
 * exact. Token requests themselves are not provider data calls and are not budgeted
 * (token-manager.ts runs its shared flight outside any budget).
 *
 * The budget reaches the provider HTTP client (provider-http.ts) through an AsyncLocalStorage
 * scope rather than a parameter: adapters, loaders and services stay unaware of it. Calls made
 * outside any scope (webhook confirmations, pollers, start-up) are not budgeted.
 */
interface BudgetScope {
  /** Attempts still allowed; Infinity until the operation is admitted with its estimate. */
  remaining: number;
}

const scopes = new AsyncLocalStorage<BudgetScope>();

/**
 * Runs `fn` with a fresh, not yet limited budget that the operation's admission fills in
 * (`limitProviderCalls`). HTTP opens it around the whole request because Apollo offers no hook
 * that wraps execution, and admission (`didResolveOperation`) runs inside the request.
 */
export function openProviderCallScope<T>(fn: () => T): T {
  return scopes.run({ remaining: Infinity }, fn);
}

/**
 * Sets the current scope's budget to the admitted estimate. Returns false when there is no scope
 * (the caller runs outside `openProviderCallScope`/`runWithProviderCallBudget`: not budgeted).
 */
export function limitProviderCalls(limit: number): boolean {
  const scope = scopes.getStore();
  if (!scope) return false;
  scope.remaining = limit;
  return true;
}

/**
 * Runs `fn` (e.g. one execution of an operation, or one subscription event's re-execution) with
 * a budget of `limit` provider HTTP attempts, shared by everything `fn` starts.
 */
export function runWithProviderCallBudget<T>(limit: number, fn: () => T): T {
  return scopes.run({ remaining: limit }, fn);
}

/**
 * Runs `fn` outside any budget: for work an operation starts that outlives it (a shared poller
 * started by a subscription), which must not inherit, and exhaust, the operation's budget.
 */
export function outsideProviderCallBudget<T>(fn: () => T): T {
  return scopes.exit(fn);
}

/** Spends one attempt: true when it may be sent (a unit was left, or no budget applies). */
export function spendProviderCall(): boolean {
  const scope = scopes.getStore();
  if (!scope) return true;
  if (scope.remaining <= 0) return false;
  scope.remaining--;
  return true;
}

/** Gives back the unit of an attempt the provider refused unread (401 before the one token re-send). */
export function refundProviderCall(): void {
  const scope = scopes.getStore();
  if (scope) scope.remaining++;
}

/** Whether one more attempt could be sent now (a retry checks before it sleeps its backoff). */
export function providerCallLeft(): boolean {
  const scope = scopes.getStore();
  return !scope || scope.remaining > 0;
}

/** Attempts left in the current scope (Infinity outside any scope or before admission). */
export function providerCallsRemaining(): number {
  return scopes.getStore()?.remaining ?? Infinity;
}
