import type { SimCounters } from '../../shared/sim-counters';
import type { SimRouter } from '../../shared/sim-router';
import type { SimRequest, SimResponse } from '../../shared/sim-server';
import { fail, type AstraContext } from '../context';
import { ok } from '../errors';
import type { TaskTracker } from '../tasks';
import { isObject, paginate, readEnumQuery, readPaging } from '../validation';
import { readCheckoutInput } from './checkout-input';
import { brasiliaDateOf, checkoutDetails, CheckoutService, paymentWire, type SimCheckout } from './checkout-service';

export interface PixCheckoutDeps extends AstraContext {
  tasks: TaskTracker;
  counters: SimCounters;
  sandboxDelayMs: number;
}

const PATH = '/v1/pix-checkout';
const PAYMENT_STATUSES = ['PENDING', 'PAID', 'FAILED', 'CANCELED'] as const;

/**
 * Pix Checkout (endpoints 19–23, ASM-A30…A35) and its control routes. Fault beyond the shared
 * knobs: `PUT /__sim/pix-checkout/faults {"stallCreatesAfterStore": n}` makes the next n creates
 * store the checkout and then never answer, the "timed out, but did it happen?" case.
 */
export function registerPixCheckoutRoutes(router: SimRouter, deps: PixCheckoutDeps): CheckoutService {
  const service = new CheckoutService(deps.clock, deps.tasks, deps.webhooks, deps.sandboxDelayMs);
  const knobs = { stallCreatesAfterStore: 0 };
  router.add('POST', PATH, (req) => create(deps, service, knobs, req));
  router.add('GET', `${PATH}/:checkoutId`, (req) => withCheckout(deps, service, req, (checkout) => ok(checkoutDetails(checkout))));
  router.add('GET', `${PATH}/:checkoutId/payments`, (req) => withCheckout(deps, service, req, (checkout) => payments(deps, req, checkout)));
  router.add('PUT', `${PATH}/:checkoutId/release`, (req) => withCheckout(deps, service, req, (checkout) => transition(deps, req, checkout, () => service.release(checkout))));
  router.add('PUT', `${PATH}/:checkoutId/cancel`, (req) => withCheckout(deps, service, req, (checkout) => transition(deps, req, checkout, () => service.cancel(checkout))));
  router.add('PUT', '/__sim/pix-checkout/faults', (req) => {
    const count = isObject(req.body) ? req.body.stallCreatesAfterStore : undefined;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return fail(deps, 400, req, ['stallCreatesAfterStore must be an integer ≥ 0']);
    knobs.stallCreatesAfterStore = count;
    return ok(knobs);
  });
  router.add('GET', '/__sim/pix-checkout/checkouts', () => ok({ checkoutIds: [...service.checkouts.keys()] }));
  return service;
}

function create(deps: PixCheckoutDeps, service: CheckoutService, knobs: { stallCreatesAfterStore: number }, req: SimRequest): SimResponse | Promise<SimResponse> {
  const { input, problems } = readCheckoutInput(req.body, brasiliaDateOf(deps.clock.nowMs()));
  if (!input) return fail(deps, 400, req, problems);
  // ASM-A30: a checkoutId already used → 400 (no 409).
  if (service.checkouts.has(input.checkoutId)) return fail(deps, 400, req, [`checkoutId ${input.checkoutId} already exists`]);
  const checkout = service.create(input);
  if (knobs.stallCreatesAfterStore > 0) {
    knobs.stallCreatesAfterStore--;
    // Counted like a hang (status 0); the socket is destroyed when the simulator closes.
    deps.counters.record({ route: `POST ${PATH}`, method: 'POST', path: req.path, status: 0, headers: req.headers, at: Date.now() });
    return new Promise<SimResponse>(() => undefined);
  }
  const details = checkoutDetails(checkout);
  return ok({
    checkoutId: details.checkoutId,
    status: details.status,
    totalPayments: details.totalPayments,
    totalAmount: details.totalAmount,
    createdAt: details.createdAt,
    xTransactionId: req.headers['x-transaction-id'],
  });
}

function withCheckout(deps: PixCheckoutDeps, service: CheckoutService, req: SimRequest, then: (checkout: SimCheckout) => SimResponse): SimResponse {
  const checkout = service.checkouts.get(req.params.checkoutId);
  return checkout ? then(checkout) : fail(deps, 404, req, [`Checkout ${req.params.checkoutId} not found`]);
}

/** ASM-A32: in create order, optional status filter, ASM-A09 paging. */
function payments(deps: PixCheckoutDeps, req: SimRequest, checkout: SimCheckout): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const status = readEnumQuery(req.query, 'status', PAYMENT_STATUSES, problems);
  if (problems.length > 0) return fail(deps, 400, req, problems);
  const items = status ? checkout.payments.filter((payment) => payment.status === status) : checkout.payments;
  return ok(paginate(items, paging, paymentWire));
}

/** ASM-A33/A34: only from CREATED, otherwise 400. */
function transition(deps: PixCheckoutDeps, req: SimRequest, checkout: SimCheckout, apply: () => void): SimResponse {
  if (checkout.status !== 'CREATED') return fail(deps, 400, req, [`Checkout is ${checkout.status}; only a CREATED checkout can be released or cancelled`]);
  apply();
  return ok(checkoutDetails(checkout));
}
