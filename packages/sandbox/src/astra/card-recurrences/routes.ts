import type { SimClock } from '../../shared/sim-clock';
import type { SimRouter } from '../../shared/sim-router';
import type { SimRequest, SimResponse } from '../../shared/sim-server';
import { fail } from '../context';
import { ok } from '../errors';
import type { TaskTracker } from '../tasks';
import type { WebhookDispatcher } from '../webhook-delivery';
import type { CardStore } from '../cards/card-store';
import { inRange, isObject, newestFirst, paginate, readDateRange, readEnumQuery, readPaging } from '../validation';
import { readRecurrenceBody } from './parse';
import { RecurrenceService, type SimRecurrence } from './recurrence-service';
import { recurrenceToWire, scheduleToWire } from './recurrence-wire';

export interface CardRecurrenceSimDeps {
  clock: SimClock;
  cards: CardStore;
  tasks: TaskTracker;
  webhooks: WebhookDispatcher;
  sandboxDelayMs: number;
}

const BASE = '/card/v1/recurrence';
const STATUSES = ['ACTIVE', 'COMPLETED', 'CANCELED'] as const;
const SCHEDULE_STATUSES = ['SCHEDULED', 'PAID', 'FAILED', 'CANCELED'] as const;

type Ctx = { clock: SimClock; service: RecurrenceService };

/** Endpoints 32–37 (ASM-A47…A49). Charges fall due as the simulator clock moves. Returns the service (tests). */
export function registerCardRecurrenceRoutes(router: SimRouter, deps: CardRecurrenceSimDeps): RecurrenceService {
  const service = new RecurrenceService(deps.clock, deps.cards, deps.tasks, deps.webhooks, deps.sandboxDelayMs);
  const ctx: Ctx = { clock: deps.clock, service };
  deps.clock.onChange(() => service.scheduleDue());
  // Real time passing midnight also makes charges due: every request looks.
  const route = (handler: (req: SimRequest) => SimResponse) => (req: SimRequest) => {
    service.scheduleDue();
    return handler(req);
  };
  router.add(
    'POST',
    BASE,
    route((req) => create(ctx, req)),
  );
  router.add(
    'GET',
    BASE,
    route((req) => list(ctx, req)),
  );
  router.add(
    'GET',
    `${BASE}/:recurrenceId`,
    route((req) => withRecurrence(ctx, req, (r) => ok(recurrenceToWire(r)))),
  );
  router.add(
    'PUT',
    `${BASE}/:recurrenceId/cancel`,
    route((req) => withRecurrence(ctx, req, (r) => cancel(ctx, req, r))),
  );
  router.add(
    'GET',
    `${BASE}/:recurrenceId/schedules`,
    route((req) => withRecurrence(ctx, req, (r) => schedules(ctx, req, r))),
  );
  router.add(
    'PUT',
    `${BASE}/:recurrenceId/schedules/:scheduleId/cancel`,
    route((req) => withRecurrence(ctx, req, (r) => cancelSchedule(ctx, req, r))),
  );
  return service;
}

function create(ctx: Ctx, req: SimRequest): SimResponse {
  if (!isObject(req.body)) return fail(ctx, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const body = readRecurrenceBody(req.body, ctx.service.today(), ctx.clock.now(), problems);
  if (problems.length > 0 || !body) return fail(ctx, 400, req, problems);
  // ASM-A47/A51: the R$ 5,00 check (future start only) follows the card's sandbox outcome; it is not listed.
  if (body.validateCard && body.startDate > ctx.service.today() && body.card.outcome === 'DECLINE') return fail(ctx, 400, req, ['Card validation failed']);
  return ok(recurrenceToWire(ctx.service.create(body)));
}

function list(ctx: Ctx, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const range = readDateRange(req.query, problems);
  const status = readEnumQuery(req.query, 'status', STATUSES, problems);
  if (problems.length > 0) return fail(ctx, 400, req, problems);
  const q = req.query;
  const matches = [...ctx.service.recurrences.values()].filter(
    (r) =>
      inRange(r.createdAtMs, range) &&
      (!status || r.status === status) &&
      (q.get('userReference') === null || r.userReference === q.get('userReference')) &&
      (q.get('document') === null || r.document === q.get('document')),
  );
  return ok(
    paginate(
      newestFirst(matches, (r) => r.createdAtMs),
      paging,
      recurrenceToWire,
    ),
  );
}

function cancel(ctx: Ctx, req: SimRequest, recurrence: SimRecurrence): SimResponse {
  if (recurrence.status !== 'ACTIVE') return fail(ctx, 400, req, [`recurrence is ${recurrence.status}: only ACTIVE recurrences can be cancelled`]);
  ctx.service.cancel(recurrence);
  return ok(recurrenceToWire(recurrence));
}

function schedules(ctx: Ctx, req: SimRequest, recurrence: SimRecurrence): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const status = readEnumQuery(req.query, 'status', SCHEDULE_STATUSES, problems);
  if (problems.length > 0) return fail(ctx, 400, req, problems);
  const matches = recurrence.schedules.filter((s) => !status || s.status === status);
  return ok(paginate(matches, paging, (s) => scheduleToWire(recurrence, s)));
}

function cancelSchedule(ctx: Ctx, req: SimRequest, recurrence: SimRecurrence): SimResponse {
  const schedule = recurrence.schedules.find((s) => s.scheduleId === req.params.scheduleId);
  if (!schedule) return fail(ctx, 404, req, ['schedule not found']);
  if (schedule.status !== 'SCHEDULED') return fail(ctx, 400, req, [`schedule is ${schedule.status}: only SCHEDULED schedules can be cancelled`]);
  ctx.service.cancelSchedule(recurrence, schedule);
  return ok(scheduleToWire(recurrence, schedule));
}

function withRecurrence(ctx: Ctx, req: SimRequest, then: (r: SimRecurrence) => SimResponse): SimResponse {
  const recurrence = ctx.service.recurrences.get(req.params.recurrenceId);
  return recurrence ? then(recurrence) : fail(ctx, 404, req, ['recurrence not found']);
}
