import { formatCents } from '../../../lib/money';
import { centsFromWire, instantFromWire, partyFromWire } from '../transformers';
import { encodeGlobalId } from '../../../lib/global-id';
import { brl } from '../../../domain/models';
import { PixChargeStatus, type PixChargeRecord, type ReceivedPixRecord } from '../../../domain/pix-charges/model';
import type { CreatePixChargeCommand } from '../../../domain/pix-charges/port';
import { PIX_API_ASSUMPTIONS as A } from '../assumptions';
import type { PixApiCobRequest, PixApiCobWire, PixApiPixWire } from './wire';

/** Refunds of a Pix that reached `DEVOLVIDO`, in cents. */
function refundedCents(pix: readonly PixApiPixWire[]): number {
  let cents = 0;
  for (const item of pix) for (const refund of item.devolucoes ?? []) if (refund.status === A.refund.refunded) cents += centsFromWire(refund.valor);
  return cents;
}

/**
 * ASM-X10: ATIVA → ACTIVE (EXPIRED once `criacao + expiracao` has passed: the PSP may keep it ATIVA
 * until it removes it), CONCLUIDA → PAID / PARTIALLY_REFUNDED / REFUNDED by the refunds that reached
 * DEVOLVIDO, REMOVIDA_PELO_USUARIO_RECEBEDOR → CANCELLED, REMOVIDA_PELO_PSP → EXPIRED; anything else UNKNOWN.
 */
function statusFromWire(wire: PixApiCobWire, paidCents: number, refunded: number, expiresAt: Date | null, now: Date): PixChargeStatus {
  switch (wire.status) {
    case A.status.active:
      return expiresAt && expiresAt.getTime() <= now.getTime() ? PixChargeStatus.EXPIRED : PixChargeStatus.ACTIVE;
    case A.status.completed:
      if (refunded === 0) return PixChargeStatus.PAID;
      return refunded >= paidCents ? PixChargeStatus.REFUNDED : PixChargeStatus.PARTIALLY_REFUNDED;
    case A.status.removedByReceiver:
      return PixChargeStatus.CANCELLED;
    case A.status.removedByPsp:
      return PixChargeStatus.EXPIRED;
    default:
      return PixChargeStatus.UNKNOWN;
  }
}

/** One received Pix as the graph shows it (`PixCharge.payments`). */
export function receivedPixFromWire(pix: PixApiPixWire): ReceivedPixRecord {
  return {
    endToEndId: pix.endToEndId,
    amount: brl(centsFromWire(pix.valor)),
    paidAt: instantFromWire(pix.horario),
    payer: partyFromWire(pix.pagador),
    payerMessage: pix.infoPagador ?? null,
  };
}

/** `CobCompleta` → PixChargeRecord; `now` decides whether an ATIVA cob has expired. */
export function chargeFromWire(wire: PixApiCobWire, now: Date): PixChargeRecord {
  const pix = wire.pix ?? [];
  const first = pix[0];
  const created = instantFromWire(wire.calendario?.criacao);
  const expiration = wire.calendario?.expiracao;
  const expiresAt = created && typeof expiration === 'number' ? new Date(created.getTime() + expiration * 1000) : null;
  const paidCents = pix.reduce((sum, item) => sum + centsFromWire(item.valor), 0);
  const refunded = refundedCents(pix);
  return {
    __typename: 'PixCharge',
    id: encodeGlobalId('PixCharge', 'PIX_API', wire.txid),
    provider: 'PIX_API',
    txid: wire.txid,
    status: statusFromWire(wire, paidCents, refunded, expiresAt, now),
    providerStatus: wire.status,
    amount: brl(centsFromWire(wire.valor?.original)),
    amountRefunded: brl(refunded),
    description: wire.solicitacaoPagador ?? null,
    reference: wire.infoAdicionais?.find((info) => info.nome === A.referenceInfoName)?.valor ?? null,
    debtor: partyFromWire(wire.devedor),
    payer: partyFromWire(first?.pagador),
    brCode: wire.pixCopiaECola ?? null,
    checkoutUrl: null,
    createdAt: created,
    expiresAt,
    paidAt: instantFromWire(first?.horario),
    endToEndId: first?.endToEndId ?? null,
    payments: pix.map(receivedPixFromWire),
  };
}

/** CreatePixChargeCommand → `PUT /cob/{txid}` body (ASM-X08, ASM-X09). */
export function cobRequestToWire(command: CreatePixChargeCommand, pixKey: string): PixApiCobRequest {
  const body: PixApiCobRequest = {
    calendario: { expiracao: command.expiresInSeconds ?? A.charge.defaultExpiresIn },
    valor: { original: formatCents(command.amountCents) },
    chave: pixKey,
  };
  if (command.debtor) {
    const { name, document } = command.debtor;
    // The specification requires `nome` with a document (Paygraph's validation asks for it, see limits).
    body.devedor = { nome: name ?? '', ...(document.kind === 'CPF' ? { cpf: document.value } : { cnpj: document.value }) };
  }
  if (command.description !== undefined) body.solicitacaoPagador = command.description;
  if (command.reference !== undefined) body.infoAdicionais = [{ nome: A.referenceInfoName, valor: command.reference }];
  return body;
}

/**
 * Whether an existing cob is the one this request would have created (a retry of the same
 * idempotent create): same amount, key and expiry. Anything else is a different request.
 */
export function sameCharge(wire: PixApiCobWire, request: PixApiCobRequest): boolean {
  return (
    wire.valor?.original === request.valor.original && (wire.chave === undefined || wire.chave === request.chave) && wire.calendario?.expiracao === request.calendario.expiracao
  );
}
