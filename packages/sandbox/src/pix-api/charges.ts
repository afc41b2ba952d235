import type { SimResponse } from '../shared/sim-server';
import { cobvComponents } from './cobv-amount';
import { toCents } from './money';
import type { PixApiContext } from './context';
import { brasiliaDay, dayNumber } from './dates';
import { newLocation } from './ids';
import { currentContent, type ChargeContent, type ChargeKind, type Json, type StoredCharge, type StoredLocation, type ValueComponents } from './model';
import { invalid, ok, problem, type ProblemType, type Violation } from './problems';
import { chargeWire } from './serialize';
import { validateCobCreate, validateCobRevision } from './validate-cob';
import { checkCobvRules, validateCobvBody } from './validate-cobv';
import { isObject } from './validate-common';

/** ASM-X36: the specification's defaults: a cob lives 86400 s, a cobv can be paid 30 days after its due date. */
const DEFAULT_EXPIRY_S = 86_400;
const DEFAULT_VALIDITY_DAYS = 30;

const INVALID: Record<ChargeKind, ProblemType> = { cob: 'CobOperacaoInvalida', cobv: 'CobVOperacaoInvalida' };
const NOT_FOUND: Record<ChargeKind, ProblemType> = { cob: 'CobNaoEncontrado', cobv: 'CobVNaoEncontrada' };
const BAD_QUERY: Record<ChargeKind, ProblemType> = { cob: 'CobConsultaInvalida', cobv: 'CobVConsultaInvalida' };

/**
 * `PUT /cob/{txid}`, `POST /cob`, `PUT /cobv/{txid}`. ASM-X36: a PUT repeating the creating body of
 * an existing charge answers it (200, unchanged, whatever its status: a retry never charges twice);
 * any other body for a used txid is refused (400), with the specification's violation when the
 * charge is no longer ATIVA.
 */
export function createCharge(ctx: PixApiContext, kind: ChargeKind, txid: string, body: unknown): SimResponse {
  if (!isObject(body)) return invalid(INVALID[kind], [{ razao: `O corpo da requisição não respeita o _schema_.`, propriedade: kind }]);
  const existing = ctx.store.charges.get(txid);
  if (existing) return repeatedCreate(ctx, existing, kind, body);
  const violations = kind === 'cob' ? validateCobCreate(body, ctx.receiverKey) : validateCobvBody(body, ctx.receiverKey, true);
  if (violations.length > 0) return invalid(INVALID[kind], violations);
  const nowMs = ctx.clock.nowMs();
  const content = contentOf(kind, body);
  if (kind === 'cobv') {
    const rules = checkCobvRules(content.calendario, content.valor, brasiliaDay(nowMs));
    if (rules.length > 0) return invalid(INVALID[kind], rules);
  }
  const location = claimLocation(ctx, kind, txid, body.loc, nowMs);
  if ('violation' in location) return invalid(INVALID[kind], [location.violation]);
  const charge: StoredCharge = { kind, txid, status: 'ATIVA', createdAtMs: nowMs, history: [content], createFingerprint: fingerprint(body), loc: location, pix: [] };
  ctx.store.charges.set(txid, charge);
  return ok(chargeWire(charge, ctx.store), 201);
}

function repeatedCreate(ctx: PixApiContext, charge: StoredCharge, kind: ChargeKind, body: Json): SimResponse {
  refreshStatus(ctx, charge);
  if (charge.kind === kind && charge.createFingerprint === fingerprint(body)) return ok(chargeWire(charge, ctx.store), 200);
  if (charge.status !== 'ATIVA') {
    return invalid(INVALID[kind], [{ razao: 'A cobrança já existe, não está no status ATIVA, e a presente requisição busca alterá-la.', propriedade: 'txid' }]);
  }
  return invalid(INVALID[kind], [{ razao: 'O txid já identifica uma cobrança criada com outro conteúdo; revise-a com PATCH.', propriedade: 'txid' }]);
}

/** `PATCH /cob/{txid}`, `PATCH /cobv/{txid}`: a new revision, or removal with `status`. */
export function reviseCharge(ctx: PixApiContext, kind: ChargeKind, txid: string, body: unknown): SimResponse {
  const charge = ctx.store.charges.get(txid);
  if (!charge || charge.kind !== kind) return problem(NOT_FOUND[kind], 404, `Cobrança ${txid} não encontrada.`);
  if (!isObject(body)) return invalid(INVALID[kind], [{ razao: 'O corpo da requisição não respeita o _schema_.', propriedade: kind }]);
  const violations = kind === 'cob' ? validateCobRevision(body, ctx.receiverKey) : validateCobvBody(body, ctx.receiverKey, false);
  if (violations.length > 0) return invalid(INVALID[kind], violations);
  refreshStatus(ctx, charge);
  if (charge.status !== 'ATIVA') {
    return invalid(INVALID[kind], [{ razao: 'A cobrança não está ATIVA, e a presente requisição busca alterá-la.', propriedade: `${kind}.status` }]);
  }
  if (body.status !== undefined) return removeCharge(ctx, charge, body);
  const merged = mergeContent(currentContent(charge), body);
  if (kind === 'cobv') {
    const rules = checkCobvRules(merged.calendario, merged.valor, brasiliaDay(charge.createdAtMs));
    if (rules.length > 0) return invalid(INVALID[kind], rules);
  }
  if (body.loc !== undefined) {
    const location = claimLocation(ctx, kind, txid, body.loc, ctx.clock.nowMs());
    if ('violation' in location) return invalid(INVALID[kind], [location.violation]);
    ctx.store.locations.delete(charge.loc.id);
    charge.loc = location;
  }
  // The specification's `Revisao`: a change of `loc` alone does not make a new revision.
  if (fingerprint(merged) !== fingerprint(currentContent(charge))) charge.history.push(merged);
  return ok(chargeWire(charge, ctx.store));
}

function removeCharge(ctx: PixApiContext, charge: StoredCharge, body: Json): SimResponse {
  if (Object.keys(body).some((field) => field !== 'status')) {
    return invalid(INVALID[charge.kind], [
      {
        razao: 'A cobrança está ATIVA, e a presente requisição propõe alterar seu status para REMOVIDA_PELO_USUARIO_RECEBEDOR juntamente com outras alterações.',
        propriedade: `${charge.kind}.status`,
      },
    ]);
  }
  charge.status = 'REMOVIDA_PELO_USUARIO_RECEBEDOR';
  charge.history.push(currentContent(charge));
  return ok(chargeWire(charge, ctx.store));
}

/** `GET /cob/{txid}`, `GET /cobv/{txid}`, optionally at `revisao`. */
export function readCharge(ctx: PixApiContext, kind: ChargeKind, txid: string, revisao: string | null): SimResponse {
  const charge = ctx.store.charges.get(txid);
  if (!charge || charge.kind !== kind) return problem(NOT_FOUND[kind], 404, `Cobrança ${txid} não encontrada.`);
  refreshStatus(ctx, charge);
  if (revisao === null) return ok(chargeWire(charge, ctx.store));
  if (!/^\d+$/.test(revisao) || Number(revisao) >= charge.history.length) {
    return invalid(BAD_QUERY[kind], [{ razao: 'O parâmetro revisao corresponde a uma revisão inexistente para a cobrança.', propriedade: 'revisao' }]);
  }
  return ok(chargeWire(charge, ctx.store, Number(revisao)));
}

/**
 * ASM-X37: an ATIVA cob past `criacao + expiracao`, or a cobv past its due date plus
 * `validadeAposVencimento` days, becomes REMOVIDA_PELO_PSP (the simulator clock decides; no new revision).
 */
export function refreshStatus(ctx: PixApiContext, charge: StoredCharge): void {
  if (charge.status !== 'ATIVA') return;
  if (isPastValidity(charge, ctx.clock.nowMs())) charge.status = 'REMOVIDA_PELO_PSP';
}

function isPastValidity(charge: StoredCharge, nowMs: number): boolean {
  const calendario = currentContent(charge).calendario;
  if (charge.kind === 'cob') return nowMs >= charge.createdAtMs + (calendario.expiracao as number) * 1000;
  const lastDay = (dayNumber(calendario.dataDeVencimento as string) as number) + (calendario.validadeAposVencimento as number);
  return brasiliaDay(nowMs) > lastDay;
}

/** The amount a payer owes now (`cobv`: fine, interest, rebate and discount of the day). */
export function amountDue(ctx: PixApiContext, charge: StoredCharge): ValueComponents {
  const content = currentContent(charge);
  if (charge.kind === 'cob') {
    return { originalCents: toCents(content.valor.original as string) };
  }
  return cobvComponents(content.calendario, content.valor, brasiliaDay(ctx.clock.nowMs()));
}

function contentOf(kind: ChargeKind, body: Json): ChargeContent {
  const calendario = (body.calendario ?? {}) as Json;
  const valor = body.valor as Json;
  return {
    calendario:
      kind === 'cob'
        ? { expiracao: calendario.expiracao ?? DEFAULT_EXPIRY_S }
        : { dataDeVencimento: calendario.dataDeVencimento, validadeAposVencimento: calendario.validadeAposVencimento ?? DEFAULT_VALIDITY_DAYS },
    ...(body.devedor !== undefined ? { devedor: body.devedor as Json } : {}),
    valor: kind === 'cob' ? { ...valor, modalidadeAlteracao: valor.modalidadeAlteracao ?? 0 } : { ...valor },
    chave: body.chave as string,
    ...(body.solicitacaoPagador !== undefined ? { solicitacaoPagador: body.solicitacaoPagador as string } : {}),
    ...(body.infoAdicionais !== undefined ? { infoAdicionais: body.infoAdicionais as Json[] } : {}),
  };
}

/** ASM-X36: `calendario` and `valor` merge field by field; other fields replace the old value. */
function mergeContent(current: ChargeContent, body: Json): ChargeContent {
  const merged: ChargeContent = {
    ...current,
    calendario: { ...current.calendario, ...((body.calendario as Json | undefined) ?? {}) },
    valor: { ...current.valor, ...((body.valor as Json | undefined) ?? {}) },
  };
  if (body.devedor !== undefined) merged.devedor = body.devedor as Json;
  if (body.chave !== undefined) merged.chave = body.chave as string;
  if (body.solicitacaoPagador !== undefined) merged.solicitacaoPagador = body.solicitacaoPagador as string;
  if (body.infoAdicionais !== undefined) merged.infoAdicionais = body.infoAdicionais as Json[];
  return merged;
}

/**
 * ASM-X38: the simulator serves no `/loc`: a charge without `loc` gets a new location, and a
 * `loc.id` names a location the simulator makes on the fly unless another charge uses it.
 */
function claimLocation(ctx: PixApiContext, kind: ChargeKind, txid: string, loc: unknown, nowMs: number): StoredLocation | { violation: Violation } {
  const requested = isObject(loc) ? (loc.id as number) : undefined;
  if (requested !== undefined) {
    const owner = ctx.store.locations.get(requested);
    if (owner !== undefined && owner !== txid) {
      return { violation: { razao: `O location referenciado por ${kind}.loc.id já está sendo utilizado por outra cobrança.`, propriedade: `${kind}.loc.id` } };
    }
  }
  const id = requested ?? ctx.store.allocateLocationId();
  ctx.store.locations.set(id, txid);
  return { id, location: newLocation(kind), tipoCob: kind, criacaoMs: nowMs };
}

/** Key order does not matter: `{a,b}` and `{b,a}` are the same body. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}
