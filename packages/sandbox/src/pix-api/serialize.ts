import { createDynamicPix, hasError } from 'pix-utils';
import { fromCents } from './money';
import { currentContent, type ChargeContent, type Json, type ReceivedPix, type StoredCharge, type StoredRefund, type ValueComponents } from './model';
import { SANDBOX_RECEIVER } from './receiver';
import type { PixApiStore } from './store';

/** `CobCompleta` / `CobVCompleta` of a charge, at its current revision or at `revisao`. */
export function chargeWire(charge: StoredCharge, store: PixApiStore, revisao = charge.history.length - 1): Json {
  const content: ChargeContent = charge.history[revisao] ?? currentContent(charge);
  const created = new Date(charge.createdAtMs).toISOString();
  const calendario: Json = { criacao: created, ...content.calendario };
  const out: Json = {
    calendario,
    txid: charge.txid,
    revisao,
    // `CobGerada` requires `loc.txid` besides the `PayloadLocation` fields.
    loc: { id: charge.loc.id, location: charge.loc.location, tipoCob: charge.loc.tipoCob, criacao: new Date(charge.loc.criacaoMs).toISOString(), txid: charge.txid },
    location: charge.loc.location,
    status: charge.status,
    ...(content.devedor ? { devedor: content.devedor } : {}),
    ...(charge.kind === 'cobv' ? { recebedor: { ...SANDBOX_RECEIVER } } : {}),
    valor: content.valor,
    chave: content.chave,
    ...(content.solicitacaoPagador !== undefined ? { solicitacaoPagador: content.solicitacaoPagador } : {}),
    ...(content.infoAdicionais !== undefined ? { infoAdicionais: content.infoAdicionais } : {}),
    pixCopiaECola: brCode(charge),
  };
  const pix = charge.pix.map((e2eid) => store.pix.get(e2eid)).filter((item): item is ReceivedPix => item !== undefined);
  if (pix.length > 0) out.pix = pix.map((item) => pixWire(item, store));
  return out;
}

/** `Pix`, with its refunds. ASM-X42: `pagador` is a sandbox extension (the specification has no payer object). */
export function pixWire(pix: ReceivedPix, store: PixApiStore): Json {
  const refunds = store.refundsOf(pix);
  return {
    endToEndId: pix.endToEndId,
    txid: pix.txid,
    valor: fromCents(pix.valorCents),
    componentesValor: componentsWire(pix.componentes),
    chave: pix.chave,
    horario: new Date(pix.horarioMs).toISOString(),
    ...(pix.infoPagador !== undefined ? { infoPagador: pix.infoPagador } : {}),
    ...(pix.pagador ? { pagador: { ...pix.pagador } } : {}),
    ...(refunds.length > 0 ? { devolucoes: refunds.map(refundWire) } : {}),
  };
}

export function refundWire(refund: StoredRefund): Json {
  return {
    id: refund.id,
    rtrId: refund.rtrId,
    valor: fromCents(refund.valorCents),
    natureza: refund.natureza,
    ...(refund.descricao !== undefined ? { descricao: refund.descricao } : {}),
    horario: {
      solicitacao: new Date(refund.solicitacaoMs).toISOString(),
      ...(refund.liquidacaoMs !== undefined ? { liquidacao: new Date(refund.liquidacaoMs).toISOString() } : {}),
    },
    status: refund.status,
    ...(refund.motivo !== undefined ? { motivo: refund.motivo } : {}),
  };
}

function componentsWire(components: ValueComponents): Json {
  const out: Json = { original: { valor: fromCents(components.originalCents) } };
  if (components.multaCents) out.multa = { valor: fromCents(components.multaCents) };
  if (components.jurosCents) out.juros = { valor: fromCents(components.jurosCents) };
  if (components.abatimentoCents) out.abatimento = { valor: fromCents(components.abatimentoCents) };
  if (components.descontoCents) out.desconto = { valor: fromCents(components.descontoCents) };
  return out;
}

/**
 * ASM-X38: a syntactically valid dynamic BR Code (CRC16 and all) pointing at the charge's
 * location, so QR rendering works; nothing serves that URL.
 */
function brCode(charge: StoredCharge): string {
  const pix = createDynamicPix({
    merchantName: SANDBOX_RECEIVER.nome.slice(0, 25).toUpperCase(),
    merchantCity: 'SAO PAULO',
    url: charge.loc.location,
    oneTime: charge.kind === 'cob',
  });
  if (hasError(pix)) throw new Error(`cannot build BR Code: ${pix.message}`);
  return pix.toBRCode();
}
