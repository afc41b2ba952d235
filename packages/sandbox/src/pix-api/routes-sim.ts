import type { FaultKnobs, FaultSettings } from '../shared/fault-knobs';
import type { SimCounters } from '../shared/sim-counters';
import type { SimRouter } from '../shared/sim-router';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { PixApiContext } from './context';
import { CONTROL_PREFIX } from './guard';
import { isPayerDocument, payCharge } from './payments';
import { problem, ok, type Violation } from './problems';
import { pixWire } from './serialize';
import { isObject } from './validate-common';

export interface ControlDeps {
  ctx: PixApiContext;
  counters: SimCounters;
  faults: FaultKnobs;
  reset(): void;
}

/**
 * Sandbox control routes (not the API Pix): let another process (manual runs, the GraphiQL
 * sandbox, benchmarks) pay charges, read counters and callbacks, turn fault knobs and move the
 * clock. No auth, no faults, not counted.
 */
export function registerControlRoutes(router: SimRouter, deps: ControlDeps): void {
  router.add('POST', `${CONTROL_PREFIX}/charges/:txid/pay`, (req) => pay(deps, req));
  router.add('GET', `${CONTROL_PREFIX}/stats`, () => ok({ routes: deps.counters.snapshot(), total: deps.counters.total, now: deps.ctx.clock.now().toISOString() }));
  router.add('GET', `${CONTROL_PREFIX}/callbacks`, () => ok({ deliveries: deps.ctx.callbacks.deliveries() }));
  router.add('POST', `${CONTROL_PREFIX}/reset`, () => {
    deps.reset();
    return ok({ reset: true });
  });
  router.add('PUT', `${CONTROL_PREFIX}/faults`, (req) => setFaults(deps.faults, req.body));
  router.add('POST', `${CONTROL_PREFIX}/clock/advance`, (req) => {
    const ms = isObject(req.body) ? req.body.ms : undefined;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return bad([{ razao: 'ms deve ser um número não negativo.', propriedade: 'ms' }]);
    deps.ctx.clock.advance(ms);
    return ok({ now: deps.ctx.clock.now().toISOString() });
  });
}

function pay(deps: ControlDeps, req: SimRequest): SimResponse {
  const body = req.body === undefined ? {} : req.body;
  if (!isObject(body)) return bad([{ razao: 'O corpo deve ser um objeto JSON.', propriedade: 'body' }]);
  const { name, document, amount } = body;
  const hasPayer = name !== undefined || document !== undefined;
  if (hasPayer && (typeof name !== 'string' || name.trim() === '' || typeof document !== 'string' || !isPayerDocument(document))) {
    return bad([{ razao: 'O pagador precisa de name e de um document (CPF de 11 dígitos ou CNPJ de 14).', propriedade: 'document' }]);
  }
  if (amount !== undefined && typeof amount !== 'string') return bad([{ razao: 'amount deve ser um valor como "10.00".', propriedade: 'amount' }]);
  const txid = req.params.txid;
  if (!deps.ctx.store.charges.has(txid)) return problem('CobNaoEncontrado', 404, `Cobrança ${txid} não encontrada.`);
  const pix = payCharge(deps.ctx, txid, hasPayer ? { name: name as string, document: document as string } : undefined, amount);
  if (!pix) return problem('CobOperacaoInvalida', 409, 'A cobrança não está ATIVA ou o valor não pode ser pago.');
  return ok(pixWire(pix, deps.ctx.store));
}

const NUMERIC_FAULTS = ['latencyMs', 'jitterMs', 'errorRate', 'errorStatus', 'force401Count', 'hangRate', 'failNextCount', 'dropAfterCommitCount'] as const;

function setFaults(faults: FaultKnobs, body: unknown): SimResponse {
  if (!isObject(body)) return bad([{ razao: 'O corpo deve ser um objeto JSON.', propriedade: 'body' }]);
  const patch: Partial<FaultSettings> = {};
  const violations: Violation[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'routeFilter') {
      if (value === null || typeof value === 'string') patch.routeFilter = value ?? undefined;
      else violations.push({ razao: 'routeFilter deve ser texto ou null.', propriedade: key });
    } else if ((NUMERIC_FAULTS as readonly string[]).includes(key)) {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) patch[key as (typeof NUMERIC_FAULTS)[number]] = value;
      else violations.push({ razao: `${key} deve ser um número não negativo.`, propriedade: key });
    } else violations.push({ razao: `${key} não é um ajuste conhecido.`, propriedade: key });
  }
  if (violations.length > 0) return bad(violations);
  faults.set(patch);
  return ok(faults.current);
}

function bad(violations: Violation[]): SimResponse {
  return problem('RequisicaoInvalida', 400, 'Requisição de controle do simulador inválida.', violations);
}
