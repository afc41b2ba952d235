import type { FaultKnobs, FaultSettings } from '../shared/fault-knobs';
import type { SimCounters } from '../shared/sim-counters';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { SimRouter } from '../shared/sim-router';
import { fail, type AstraContext } from './context';
import { ok } from './errors';
import { toChargeWire } from './serialize';
import { isObject } from './validation';
import type { PayerWire } from './wire';

export interface ControlDeps extends AstraContext {
  counters: SimCounters;
  faults: FaultKnobs;
}

/**
 * Sandbox control routes (not Astra API): let another process (benchmarks, manual runs) pay
 * charges, read/reset counters, turn fault knobs and move the clock. No auth, no faults.
 */
export function registerControlRoutes(router: SimRouter, deps: ControlDeps): void {
  router.add('POST', '/__sim/pix-charges/:txid/pay', (req) => pay(deps, req));
  router.add('GET', '/__sim/stats', () => ok(stats(deps.counters)));
  router.add('POST', '/__sim/reset', () => {
    deps.counters.reset();
    return ok(stats(deps.counters));
  });
  router.add('PUT', '/__sim/faults', (req) => setFaults(deps, req));
  router.add('POST', '/__sim/clock/advance', (req) => advanceClock(deps, req));
}

function stats(counters: SimCounters): { routes: Record<string, number>; total: number } {
  return { routes: counters.snapshot(), total: counters.total };
}

function pay(deps: ControlDeps, req: SimRequest): SimResponse {
  const txid = req.params.txid;
  const charge = deps.store.charge(txid);
  if (!charge) return fail(deps, 404, req, [`Charge ${txid} not found`]);
  let payer: PayerWire | undefined;
  if (req.body !== undefined) {
    const { name, documentNumber } = isObject(req.body) ? req.body : ({} as Record<string, unknown>);
    if (typeof name !== 'string' || name.trim() === '' || typeof documentNumber !== 'string' || !/^(\d{11}|\d{14})$/.test(documentNumber)) {
      return fail(deps, 400, req, ['payer needs a name and a documentNumber of 11 or 14 digits']);
    }
    payer = { name, documentNumber };
  }
  const paid = deps.pix.payCharge(txid, payer);
  if (!paid) return fail(deps, 400, req, [`Charge status ${charge.status} does not allow payment`]);
  return ok(toChargeWire(paid));
}

const NUMERIC_FAULTS = ['latencyMs', 'jitterMs', 'errorRate', 'errorStatus', 'force401Count', 'hangRate', 'failNextCount'] as const;

function setFaults(deps: ControlDeps, req: SimRequest): SimResponse {
  if (!isObject(req.body)) return fail(deps, 400, req, ['Request body must be a JSON object']);
  const patch: Partial<FaultSettings> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(req.body)) {
    if (key === 'routeFilter') {
      if (value === null || typeof value === 'string') patch.routeFilter = value ?? undefined;
      else problems.push('routeFilter must be a string or null');
    } else if ((NUMERIC_FAULTS as readonly string[]).includes(key)) {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) patch[key as (typeof NUMERIC_FAULTS)[number]] = value;
      else problems.push(`${key} must be a number >= 0`);
    } else {
      problems.push(`unknown fault setting ${key}`);
    }
  }
  if (problems.length > 0) return fail(deps, 400, req, problems);
  deps.faults.set(patch);
  return ok(deps.faults.current);
}

function advanceClock(deps: ControlDeps, req: SimRequest): SimResponse {
  const ms = isObject(req.body) ? req.body.ms : undefined;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return fail(deps, 400, req, ['ms must be a number']);
  deps.clock.advance(ms);
  return ok({ now: deps.clock.now().toISOString() });
}
