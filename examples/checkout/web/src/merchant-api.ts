/**
 * The page's calls to its own merchant server (same origin). Paygraph itself is called only with
 * the order's client token or the publishable key (paygraph.ts), never with the server key.
 */
export interface PageConfig {
  graphqlUrl: string;
  wsUrl: string;
  publishableKey: string;
  sandbox: boolean;
}

export interface Order {
  id: string;
  product: string;
  /** Decimal string, e.g. "49.90". */
  amount: string;
  pixChargeId: string;
  /** May read and follow this order's Pix charge only, from this page's origin. */
  clientToken: string;
  expiresAt: string | null;
  paymentLinkUrl: string | null;
}

export interface CardOutcome {
  approved: boolean;
  message: string;
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({ message: `The shop answered HTTP ${response.status}.` }))) as T & { message?: string };
  // 402 is a declined card: an answer the page shows, not a failure.
  if (!response.ok && response.status !== 402) throw new Error(answer.message ?? `The shop answered HTTP ${response.status}.`);
  return answer;
}

export const merchantApi = {
  config: () => call<PageConfig>('GET', '/api/config'),
  createOrder: () => call<Order>('POST', '/api/orders'),
  payByCard: (orderId: string, savedCardId: string) => call<CardOutcome>('POST', `/api/orders/${orderId}/card`, { savedCardId }),
  simulatePixPayment: (orderId: string) => call<{ message: string }>('POST', `/api/orders/${orderId}/simulate-pix`),
};

/** "49.90" → "R$ 49,90", on the string: money never becomes a float. */
export function brl(amount: string): string {
  const [units, cents = '00'] = amount.split('.');
  return `R$ ${units.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents.padEnd(2, '0')}`;
}
