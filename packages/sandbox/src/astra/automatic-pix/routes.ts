import type { SimClock } from '../../shared/sim-clock';
import type { SimRouter } from '../../shared/sim-router';
import type { SimRequest, SimResponse } from '../../shared/sim-server';
import { fail } from '../context';
import { ok } from '../errors';
import type { TaskTracker } from '../tasks';
import { isObject, paginate, readEnumQuery, readPaging, readString } from '../validation';
import { plusDays } from './calendar';
import { readAuthorizationBody, readCents, readDate } from './parse';
import { AutomaticPixService } from './service';
import { AutomaticPixStore, authorizationWire, PARTICIPANTS, paymentWire } from './store';

export interface AutomaticPixSimDeps {
  clock: SimClock;
  tasks: TaskTracker;
  sandboxDelayMs: number;
}

const BASE = '/automatic-pix/v1';
const AUTH_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED', 'CANCELED'] as const;
const PAY_STATUSES = ['SCHEDULED', 'PAID', 'FAILED', 'CANCELED'] as const;

/** Endpoints 24–31 (ASM-A36…A43) and a sandbox control to force a failure. Returns the service (tests). */
export function registerAutomaticPixRoutes(router: SimRouter, deps: AutomaticPixSimDeps): AutomaticPixService {
  const service = new AutomaticPixService(new AutomaticPixStore(), deps.clock, deps.tasks, deps.sandboxDelayMs);
  // Payments fall due when the simulator calendar moves (advanceSandboxClock) or real time passes midnight.
  deps.clock.onChange(() => service.settleDue());
  const route = (handler: (req: SimRequest) => SimResponse) => (req: SimRequest) => {
    service.settleDue();
    return handler(req);
  };
  router.add(
    'GET',
    `${BASE}/participants`,
    route((req) => participants(service, req)),
  );
  router.add(
    'POST',
    `${BASE}/authorizations`,
    route((req) => createAuthorization(service, req)),
  );
  router.add(
    'GET',
    `${BASE}/authorizations`,
    route((req) => listAuthorizations(service, req)),
  );
  router.add(
    'GET',
    `${BASE}/authorizations/:authorizationId`,
    route((req) => getAuthorization(service, req)),
  );
  router.add(
    'POST',
    `${BASE}/payments`,
    route((req) => createPayment(service, req)),
  );
  router.add(
    'GET',
    `${BASE}/payments`,
    route((req) => listPayments(service, req)),
  );
  router.add(
    'GET',
    `${BASE}/payments/:paymentId`,
    route((req) => getPayment(service, req)),
  );
  router.add(
    'POST',
    `${BASE}/payments/:paymentId/retry`,
    route((req) => retryPayment(service, req)),
  );
  router.add('POST', '/__sim/automatic-pix/payments/:paymentId/fail', (req) => forceFailure(service, req));
  return service;
}

function participants(service: AutomaticPixService, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  if (problems.length > 0) return fail(service, 400, req, problems);
  return ok(paginate([...PARTICIPANTS], paging, (p) => ({ ...p })));
}

function createAuthorization(service: AutomaticPixService, req: SimRequest): SimResponse {
  if (!isObject(req.body)) return fail(service, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const body = readAuthorizationBody(req.body, problems);
  const today = service.today();
  if (body && body.startDate < today) problems.push('startDate must be today or later');
  if (body?.firstPayment && body.firstPayment.date <= today) problems.push('firstPayment.date must be tomorrow or later');
  if (!body || problems.length > 0) return fail(service, 400, req, problems);
  return ok(authorizationWire(service.createAuthorization(body)));
}

function getAuthorization(service: AutomaticPixService, req: SimRequest): SimResponse {
  const state = service.store.authorizations.get(req.params.authorizationId);
  return state ? ok(authorizationWire(state)) : fail(service, 404, req, [`Authorization ${req.params.authorizationId} not found`]);
}

function listAuthorizations(service: AutomaticPixService, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const status = readEnumQuery(req.query, 'status', AUTH_STATUSES, problems);
  if (problems.length > 0) return fail(service, 400, req, problems);
  const contractId = req.query.get('contractId');
  const document = req.query.get('document');
  const items = [...service.store.authorizations.values()]
    .filter((a) => (!status || a.status === status) && (!contractId || a.contractId === contractId) && (!document || a.user.document === document))
    .sort((a, b) => b.seq - a.seq);
  return ok(paginate(items, paging, authorizationWire));
}

function createPayment(service: AutomaticPixService, req: SimRequest): SimResponse {
  const body = req.body;
  if (!isObject(body)) return fail(service, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const authorization = typeof body.authorizationId === 'string' ? service.store.authorizations.get(body.authorizationId) : undefined;
  if (!authorization) problems.push('authorizationId must name an existing authorization');
  else if (authorization.status !== 'APPROVED') problems.push(`authorization status ${authorization.status} does not allow payments`);
  const amount = readCents(body, 'amount', problems, true);
  if (authorization && amount !== undefined) {
    if (authorization.minAmount !== null && amount < authorization.minAmount) problems.push('amount must not be below the authorization minAmount');
    if (authorization.maxAmount !== null && amount > authorization.maxAmount) problems.push('amount must not be above the authorization maxAmount');
  }
  const dueDate = readDate(body, 'dueDate', problems, true);
  if (dueDate !== undefined && dueDate <= service.today()) problems.push('dueDate must be tomorrow or later');
  if (dueDate !== undefined && authorization && dueDate < authorization.startDate) problems.push('dueDate must not be before the authorization startDate');
  const description = readString(body, 'description', 140, problems);
  const userReference = readString(body, 'userReference', 77, problems);
  if (problems.length > 0 || !authorization || amount === undefined || dueDate === undefined) return fail(service, 400, req, problems);
  return ok(paymentWire(service.createPayment({ authorizationId: authorization.authorizationId, amount, dueDate, description, userReference })));
}

function getPayment(service: AutomaticPixService, req: SimRequest): SimResponse {
  const state = service.store.payments.get(req.params.paymentId);
  return state ? ok(paymentWire(state)) : fail(service, 404, req, [`Payment ${req.params.paymentId} not found`]);
}

function listPayments(service: AutomaticPixService, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const status = readEnumQuery(req.query, 'status', PAY_STATUSES, problems);
  const from = req.query.get('startDate');
  const to = req.query.get('endDate');
  for (const [name, value] of [
    ['startDate', from],
    ['endDate', to],
  ] as const)
    if (value !== null) readDate({ [name]: value }, name, problems, true);
  if (problems.length > 0) return fail(service, 400, req, problems);
  const authorizationId = req.query.get('authorizationId');
  const items = [...service.store.payments.values()]
    .filter((p) => (!authorizationId || p.authorizationId === authorizationId) && (!status || p.status === status))
    .filter((p) => (from === null || p.scheduledDate >= from) && (to === null || p.scheduledDate <= to))
    .sort((a, b) => b.scheduledDate.localeCompare(a.scheduledDate) || b.seq - a.seq);
  return ok(paginate(items, paging, paymentWire));
}

/** ASM-A42. */
function retryPayment(service: AutomaticPixService, req: SimRequest): SimResponse {
  const payment = service.store.payments.get(req.params.paymentId);
  if (!payment) return fail(service, 404, req, [`Payment ${req.params.paymentId} not found`]);
  const body = isObject(req.body) ? req.body : {};
  const problems: string[] = [];
  const scheduledDate = readDate(body, 'scheduledDate', problems, true);
  const authorization = service.store.authorizations.get(payment.authorizationId);
  if (payment.status !== 'FAILED') problems.push(`payment status ${payment.status} does not allow a retry`);
  if (!authorization?.retryAccepted) problems.push('the authorization does not accept retries');
  if (payment.retryCount >= 3) problems.push('the payment was already retried 3 times');
  if (scheduledDate !== undefined && scheduledDate > plusDays(payment.dueDate, 7)) problems.push('scheduledDate must be within 7 days of dueDate');
  if (scheduledDate !== undefined && scheduledDate <= service.today()) problems.push('scheduledDate must be tomorrow or later');
  if (problems.length > 0 || scheduledDate === undefined) return fail(service, 400, req, problems);
  return ok(paymentWire(service.retry(payment, scheduledDate)));
}

function forceFailure(service: AutomaticPixService, req: SimRequest): SimResponse {
  const payment = service.store.payments.get(req.params.paymentId);
  if (!payment) return fail(service, 404, req, [`Payment ${req.params.paymentId} not found`]);
  service.forceFailure(payment);
  return ok(paymentWire(payment));
}
