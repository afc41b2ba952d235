import { amountDue, refreshStatus } from './charges';
import { totalCents } from './cobv-amount';
import type { PixApiContext } from './context';
import { newEndToEndId } from './ids';
import { isAmount, toCents } from './money';
import { currentContent, type Payer, type ReceivedPix, type ValueComponents } from './model';
import { pixWire } from './serialize';
import { CNPJ, CPF } from './validate-common';

export interface PayerInput {
  name: string;
  document: string;
}

const DEFAULT_PAYER: Payer = { nome: 'Pagador Sandbox', cpf: '12345678909' };

/**
 * Sandbox control: a payer pays an ATIVA charge now. The Pix gets the amount due today (a cob's
 * original; a cobv's with fine, interest, rebate and discount of the day). ASM-X49: `amount`
 * may differ only on a cob with `modalidadeAlteracao` 1; otherwise it must equal the amount due.
 * The charge becomes CONCLUIDA, keeps the Pix in its `pix` list, and the callback fires.
 */
export function payCharge(ctx: PixApiContext, txid: string, payer?: PayerInput, amount?: string): ReceivedPix | undefined {
  const charge = ctx.store.charges.get(txid);
  if (!charge) return undefined;
  refreshStatus(ctx, charge);
  if (charge.status !== 'ATIVA') return undefined;
  const due = amountDue(ctx, charge);
  const paid = paidComponents(due, charge.kind === 'cob' && currentContent(charge).valor.modalidadeAlteracao === 1, amount);
  if (!paid) return undefined;
  const nowMs = ctx.clock.nowMs();
  const pix: ReceivedPix = {
    endToEndId: newEndToEndId(nowMs),
    txid,
    chave: currentContent(charge).chave,
    valorCents: totalCents(paid),
    horarioMs: nowMs,
    pagador: payer ? payerOf(payer) : { ...DEFAULT_PAYER },
    componentes: paid,
    devolucoes: [],
  };
  ctx.store.pix.set(pix.endToEndId, pix);
  charge.pix.push(pix.endToEndId);
  charge.status = 'CONCLUIDA';
  notifyPix(ctx, pix);
  return pix;
}

function paidComponents(due: ValueComponents, payerMayChange: boolean, amount: string | undefined): ValueComponents | undefined {
  if (amount === undefined) return due;
  if (!isAmount(amount) || toCents(amount) === 0) return undefined;
  if (toCents(amount) === totalCents(due)) return due;
  return payerMayChange ? { originalCents: toCents(amount) } : undefined;
}

/** `document` of 11 digits is a CPF, 14 characters a CNPJ; anything else is refused by the caller. */
export function isPayerDocument(document: string): boolean {
  return CPF.test(document) || CNPJ.test(document);
}

function payerOf(payer: PayerInput): Payer {
  return CPF.test(payer.document) ? { nome: payer.name, cpf: payer.document } : { nome: payer.name, cnpj: payer.document };
}

/** The callback for one Pix, when a webhook is registered for its key (ASM-X41). */
export function notifyPix(ctx: PixApiContext, pix: ReceivedPix): void {
  const webhook = ctx.store.webhooks.get(pix.chave);
  if (webhook) ctx.callbacks.notify(webhook.webhookUrl, [pixWire(pix, ctx.store)]);
}
