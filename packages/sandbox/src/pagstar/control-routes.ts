import type { FaultKnobs, FaultSettings } from '../shared/fault-knobs';
import type { SimClock } from '../shared/sim-clock';
import type { SimRouter } from '../shared/sim-router';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import { fail, invalid, MESSAGES, ok } from './responses';
import type { ErrorMap } from './validation';

/** Sandbox control plane: not Pagstar's API, so no auth and no injected faults. */
export const CONTROL_PREFIX = '/__sim';

export interface SimControl {
  pay(reference: string, payer?: { name: string; document: string }): 'paid' | 'unknown' | 'not-pending';
  stats(): unknown;
  reset(): void;
  faults: FaultKnobs;
  clock: SimClock;
}

const NUMERIC_FAULTS = ['latencyMs', 'jitterMs', 'errorRate', 'errorStatus', 'force401Count', 'hangRate', 'failNextCount'] as const;

export function registerControlRoutes(router: SimRouter, control: SimControl): void {
  router.add('POST', `${CONTROL_PREFIX}/transactions/:external_reference/pay`, (req) => pay(control, req));
  router.add('GET', `${CONTROL_PREFIX}/stats`, () => ok('OK', control.stats()));
  router.add('POST', `${CONTROL_PREFIX}/reset`, () => {
    control.reset();
    return ok('Simulador reiniciado.', {});
  });
  router.add('PUT', `${CONTROL_PREFIX}/faults`, (req) => setFaults(control.faults, req.body));
  router.add('POST', `${CONTROL_PREFIX}/clock/advance`, (req) => advanceClock(control.clock, req.body));
}

function pay(control: SimControl, req: SimRequest): SimResponse {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const payer = typeof body.name === 'string' && typeof body.document === 'string' ? { name: body.name, document: body.document } : undefined;
  const outcome = control.pay(req.params.external_reference, payer);
  if (outcome === 'unknown') return fail(404, MESSAGES.notFound);
  if (outcome === 'not-pending') return fail(409, 'Transação não está pendente.');
  return ok('Pagamento simulado.', { external_reference: req.params.external_reference, status: 1 });
}

function setFaults(faults: FaultKnobs, body: unknown): SimResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid({ faults: ['Envie um objeto JSON.'] });
  const errors: ErrorMap = {};
  const patch: Partial<FaultSettings> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === 'routeFilter') {
      if (value === null || typeof value === 'string') patch.routeFilter = value ?? undefined;
      else errors[key] = ['O campo routeFilter deve ser uma string.'];
    } else if ((NUMERIC_FAULTS as readonly string[]).includes(key)) {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) patch[key as (typeof NUMERIC_FAULTS)[number]] = value;
      else errors[key] = [`O campo ${key} deve ser um número não negativo.`];
    } else {
      errors[key] = [`O campo ${key} não é um ajuste conhecido.`];
    }
  }
  if (Object.keys(errors).length > 0) return invalid(errors);
  faults.set(patch);
  return ok('OK', faults.current);
}

function advanceClock(clock: SimClock, body: unknown): SimResponse {
  const ms = (body as { ms?: unknown } | undefined)?.ms;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return invalid({ ms: ['O campo ms deve ser um número não negativo.'] });
  clock.advance(ms);
  return ok('OK', { now: clock.now().toISOString() });
}
