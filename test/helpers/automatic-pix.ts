import { addDays, brasiliaDay } from '../../src/lib/brasilia-calendar';
import type { TestPaygraph } from './paygraph';

/** GraphQL documents and set-up shared by the Automatic Pix tests. */
export const AUTH_FIELDS = 'id providerId status providerStatus retryAccepted startDate periodicity minAmount { amount } maxAmount { amount }';
export const PAY_FIELDS = 'id providerId status amount { amount } dueDate scheduledDate retryCount remainingRetries lastRetryDate endToEndId failureReason';
export const CREATE_AUTH = `mutation($input: CreateAutomaticPixAuthorizationInput!) { createAutomaticPixAuthorization(input: $input) { authorization { ${AUTH_FIELDS} } userErrors { field code message } } }`;
export const CREATE_PAY = `mutation($input: CreateAutomaticPixPaymentInput!) { createAutomaticPixPayment(input: $input) { payment { ${PAY_FIELDS} } userErrors { field code message } } }`;
export const RETRY_PAY = `mutation($input: RetryAutomaticPixPaymentInput!) { retryAutomaticPixPayment(input: $input) { payment { ${PAY_FIELDS} } userErrors { field code message } } }`;
export const NODE = `query($id: ID!) { node(id: $id) { id ... on AutomaticPixAuthorization { authorizationStatus: status } ... on AutomaticPixPayment { paymentStatus: status retryCount } } }`;
export const ADVANCE = 'mutation($days: Int!) { advanceSandboxClock(days: $days) { now today userErrors { code } } }';

/** The simulator's Brasília date, `days` from now. */
export function simDate(app: TestPaygraph, days = 0): string {
  return addDays(brasiliaDay(app.services.sandbox!.now!()), days);
}

export function authorizationInput(app: TestPaygraph, overrides: Record<string, unknown> = {}) {
  return {
    payer: { name: 'João Silva', document: '12345678909' },
    participantIspb: '60701190',
    creditors: [{ name: 'Loja Exemplo Ltda', document: '11222333000181' }],
    description: 'Monthly gym membership',
    minAmount: '10.00',
    maxAmount: '150.00',
    retryAccepted: true,
    periodicity: 'P1M',
    startDate: simDate(app),
    contractReference: `CONTRACT-${Math.random().toString(36).slice(2, 10)}`,
    ...overrides,
  };
}

/** Total calls to the Astra simulator during `run` (every route). */
export async function astraCallsDuring<T>(app: TestPaygraph, run: () => Promise<T>): Promise<{ result: T; calls: number; byRoute: Record<string, number> }> {
  const counters = app.sandbox!.astra.counters;
  const before = counters.snapshot();
  const total = counters.total;
  const result = await run();
  const after = counters.snapshot();
  const byRoute = Object.fromEntries(
    Object.entries(after)
      .filter(([route, n]) => n !== (before[route] ?? 0))
      .map(([route, n]) => [route, n - (before[route] ?? 0)]),
  );
  return { result, calls: counters.total - total, byRoute };
}

/** An APPROVED authorization (the simulator approves after its sandbox delay). */
export async function approvedAuthorization(app: TestPaygraph, overrides: Record<string, unknown> = {}): Promise<any> {
  const { data } = await app.gql(CREATE_AUTH, { input: authorizationInput(app, overrides) });
  const authorization = data.createAutomaticPixAuthorization.authorization;
  await app.sandbox!.astra.waitForIdle();
  return authorization;
}

/** Sandbox control: the simulator marks a payment FAILED now (a witness for the retry limits). */
export async function forceFailure(app: TestPaygraph, paymentId: string): Promise<void> {
  const response = await fetch(`${app.sandbox!.astra.url}/__sim/automatic-pix/payments/${paymentId}/fail`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`force failure: HTTP ${response.status}`);
}
