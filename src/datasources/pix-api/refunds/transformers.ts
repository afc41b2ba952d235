import { encodeGlobalId } from '../../../lib/global-id';
import { formatCents } from '../../../lib/money';
import { brl } from '../../../domain/models';
import { RefundStatus, type PixRefundRecord } from '../../../domain/refunds/model';
import { PIX_API_ASSUMPTIONS as A } from '../assumptions';
import { centsFromWire, instantFromWire } from '../transformers';
import type { PixApiRefundRequest, PixApiRefundWire } from './wire';

/** ASM-X05: a refund is named by its Pix and its id: `<e2eid>.<id>` (e2eid is always 32 characters). */
export function refundProviderId(e2eid: string, id: string): string {
  return `${e2eid}.${id}`;
}

/** `<e2eid>.<id>` → its parts, or undefined for anything else. */
export function parseRefundProviderId(providerId: string): { e2eid: string; id: string } | undefined {
  const match = /^([a-zA-Z0-9]{32})\.([a-zA-Z0-9]{1,35})$/.exec(providerId);
  return match ? { e2eid: match[1], id: match[2] } : undefined;
}

const STATUS: Record<string, RefundStatus> = {
  [A.refund.processing]: RefundStatus.PROCESSING,
  [A.refund.refunded]: RefundStatus.REFUNDED,
  [A.refund.failed]: RefundStatus.FAILED,
};

/** `Devolucao` of the Pix `e2eid`, paying charge `txid` → PixRefundRecord. */
export function refundFromWire(wire: PixApiRefundWire, e2eid: string, txid: string): PixRefundRecord {
  const providerId = refundProviderId(e2eid, wire.id);
  return {
    __typename: 'PixRefund',
    id: encodeGlobalId('Refund', 'PIX_API', providerId),
    provider: 'PIX_API',
    refundId: providerId,
    status: STATUS[wire.status] ?? RefundStatus.UNKNOWN,
    providerStatus: wire.status,
    amount: brl(centsFromWire(wire.valor)),
    reason: wire.descricao ?? null,
    // The refund's own end-to-end id (`rtrId`, the pacs.004 of the return).
    endToEndId: wire.rtrId ?? null,
    createdAt: instantFromWire(wire.horario?.solicitacao),
    refundedAt: instantFromWire(wire.horario?.liquidacao),
    chargeTxid: txid,
  };
}

export function refundRequestToWire(amountCents: number, reason: string | undefined): PixApiRefundRequest {
  return { valor: formatCents(amountCents), ...(reason !== undefined ? { descricao: reason } : {}) };
}
