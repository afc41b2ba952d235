import type { SimResponse } from '../shared/sim-server';
import type { PixApiContext } from './context';
import { E2EID_PATTERN, newReturnId, REFUND_ID_PATTERN } from './ids';
import { isAmount, toCents } from './money';
import type { ReceivedPix, StoredRefund } from './model';
import { notifyPix } from './payments';
import { invalid, ok, problem, type Violation } from './problems';
import { refundWire } from './serialize';
import { isObject } from './validate-common';

const REFUND_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * `PUT /pix/{e2eid}/devolucao/{id}`: the refund starts EM_PROCESSAMENTO and settles after
 * `sandboxDelayMs` (ASM-X40). Following ASM-X07, an `id` already used for this Pix is refused with
 * the specification's violation (the client then reads it with GET), so a retry never refunds twice.
 */
export function requestRefund(ctx: PixApiContext, e2eid: string, id: string, body: unknown): SimResponse {
  if (!E2EID_PATTERN.test(e2eid)) return problem('PixNaoEncontrado', 404, `Pix ${e2eid} não encontrado.`);
  const pix = ctx.store.pix.get(e2eid);
  if (!pix) return problem('PixNaoEncontrado', 404, `Pix ${e2eid} não encontrado.`);
  const violations = refundViolations(ctx, pix, id, body);
  if (violations.length > 0) return invalid('PixDevolucaoInvalida', violations, 'A presente requisição de devolução não respeita o _schema_ ou não faz sentido semanticamente.');
  const request = body as { valor: string; descricao?: string };
  const nowMs = ctx.clock.nowMs();
  const refund: StoredRefund = {
    e2eid,
    id,
    rtrId: newReturnId(nowMs),
    valorCents: toCents(request.valor),
    natureza: 'ORIGINAL',
    ...(request.descricao !== undefined ? { descricao: request.descricao } : {}),
    solicitacaoMs: nowMs,
    dueAtMs: nowMs + ctx.sandboxDelayMs,
    status: 'EM_PROCESSAMENTO',
  };
  ctx.store.refunds.set(`${e2eid}/${id}`, refund);
  pix.devolucoes.push(id);
  // The timer settles this refund even if a shared clock was moved back meanwhile.
  ctx.scheduler.after(ctx.sandboxDelayMs, () => settleDueRefunds(ctx, refund));
  return ok(refundWire(refund), 201);
}

function refundViolations(ctx: PixApiContext, pix: ReceivedPix, id: string, body: unknown): Violation[] {
  if (!REFUND_ID_PATTERN.test(id)) return [{ razao: 'O parâmetro id não respeita o _schema_.', propriedade: 'id' }];
  if (ctx.store.refund(pix.endToEndId, id)) {
    return [{ razao: 'A presente requisição de devolução apresenta um id já utilizado por outra requisição de devolução para o e2eid em questão.', propriedade: 'id' }];
  }
  if (!isObject(body) || !isAmount(body.valor) || toCents(body.valor) === 0) return [{ razao: 'O campo devolucao.valor não respeita o _schema_.', propriedade: 'devolucao.valor' }];
  const out: Violation[] = [];
  // ASM-X40: the Pix of the simulator are plain Pix (no Saque/Troco), so only ORIGINAL applies.
  if (body.natureza !== undefined && body.natureza !== 'ORIGINAL') out.push({ razao: 'O campo devolucao.natureza não respeita o _schema_.', propriedade: 'devolucao.natureza' });
  if (body.descricao !== undefined && (typeof body.descricao !== 'string' || body.descricao.length > 140)) {
    out.push({ razao: 'O campo devolucao.descricao não respeita o _schema_.', propriedade: 'devolucao.descricao' });
  }
  if (toCents(body.valor) > pix.valorCents - refundedCents(ctx, pix)) {
    out.push({
      razao: 'A presente requisição de devolução, em conjunto com as demais prévias devoluções, excederia o valor do pix originário.',
      propriedade: 'devolucao.valor',
    });
  }
  if (ctx.clock.nowMs() - pix.horarioMs > REFUND_WINDOW_MS) {
    out.push({ razao: 'A presente requisição de devolução viola a janela de tempo permitida para solicitações de devoluções de um pix (90 dias).', propriedade: 'e2eid' });
  }
  return out;
}

/** What has left the receiver already: refunds in DEVOLVIDO. */
function refundedCents(ctx: PixApiContext, pix: ReceivedPix): number {
  return ctx.store
    .refundsOf(pix)
    .filter((refund) => refund.status === 'DEVOLVIDO')
    .reduce((sum, refund) => sum + refund.valorCents, 0);
}

/**
 * ASM-X40: refunds due on the simulator clock settle in request order: DEVOLVIDO when the Pix
 * still has that much left, else NAO_REALIZADO (two refunds in flight that together exceed the Pix).
 * Either final status fires the callback with the Pix and its refunds.
 */
export function settleDueRefunds(ctx: PixApiContext, timerOf?: StoredRefund): void {
  const nowMs = ctx.clock.nowMs();
  const due = [...ctx.store.refunds.values()]
    .filter((refund) => refund.status === 'EM_PROCESSAMENTO' && (refund.dueAtMs <= nowMs || refund === timerOf))
    .sort((a, b) => a.solicitacaoMs - b.solicitacaoMs);
  for (const refund of due) {
    const pix = ctx.store.pix.get(refund.e2eid) as ReceivedPix;
    if (refund.valorCents <= pix.valorCents - refundedCents(ctx, pix)) {
      refund.status = 'DEVOLVIDO';
      refund.liquidacaoMs = nowMs;
    } else {
      refund.status = 'NAO_REALIZADO';
      refund.motivo = 'O valor da devolução excede o saldo disponível do Pix.';
    }
    notifyPix(ctx, pix);
  }
}

/** `GET /pix/{e2eid}/devolucao/{id}`. */
export function readRefund(ctx: PixApiContext, e2eid: string, id: string): SimResponse {
  const refund = ctx.store.refund(e2eid, id);
  if (!refund) return problem('PixDevolucaoNaoEncontrada', 404, `Devolução ${id} do Pix ${e2eid} não encontrada.`);
  return ok(refundWire(refund));
}
