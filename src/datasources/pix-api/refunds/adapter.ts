import type { ChargeRef, PixRefundPort, RefundCommand } from '../../../domain/refunds/port';
import type { PixRefundRecord } from '../../../domain/refunds/model';
import type { PixChargeRecord } from '../../../domain/pix-charges/model';
import { formatCents } from '../../../lib/money';

import { ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError } from '../../../errors/domain-errors';
import type { ProviderHttp } from '../../http/provider-http';
import { PIX_API_ASSUMPTIONS as A } from '../assumptions';
import { deriveRefundId, randomPixApiId } from '../derived-ids';
import { PixApiProblemError, withInputFields, type ViolationFields } from '../errors';
import { centsFromWire } from '../transformers';
import type { PixApiCobWire, PixApiPixWire } from '../wire';
import { parseRefundProviderId, refundFromWire, refundRequestToWire } from './transformers';
import type { PixApiRefundWire } from './wire';

/** Which refundPixCharge input a violated `devolucao` property comes from. */
const REFUND_FIELDS: ViolationFields = {
  'devolucao.valor': ['input', 'amount'],
  valor: ['input', 'amount'],
  'devolucao.descricao': ['input', 'reason'],
  descricao: ['input', 'reason'],
};

/**
 * Refunds (`devolucao`) of the Pix received for a cob: `PUT /pix/{e2eid}/devolucao/{id}` with an id
 * derived from the idempotency key (ASM-X07), read back from the Pix (`GET /pix/{e2eid}` lists its
 * refunds) or from the cob (`GET /cob/{txid}`, every Pix with its refunds).
 */
export class PixApiPixRefunds implements PixRefundPort {
  readonly code = 'PIX_API' as const;
  readonly idempotentByKey = true;
  readonly limits = { maxAmountCents: A.refund.maxAmountCents, reasonMax: A.refund.descriptionMax };

  constructor(
    private readonly http: ProviderHttp,
    private readonly pspClientId: string,
  ) {}

  async requestRefund(command: RefundCommand): Promise<PixRefundRecord> {
    const pix = command.known ? pixOfKnown(command.known.charge, command.known.refunds) : ((await this.http.get<PixApiCobWire>(A.paths.cob(command.txid))).body.pix ?? []);
    const id = command.idempotency
      ? deriveRefundId({ pspClientId: this.pspClientId, clientId: command.idempotency.clientId, idempotencyKey: command.idempotency.key })
      : randomPixApiId();
    // A repeat of a keyed refund whose first attempt got through: it is already on one of the Pix.
    const existing = findRefund(pix, id);
    if (existing) return refundFromWire(existing.refund, existing.pix.endToEndId, command.txid);
    const target = command.amountCents > 0 ? pix.find((item) => refundableCents(item) >= command.amountCents) : undefined;
    if (!target) {
      const message = pix.length === 0 ? 'The charge has no received Pix to refund.' : 'No single Pix of this charge has that much left to refund.';
      throw new ProviderRejectedError(`The PSP's API Pix cannot refund this: ${message}`, [message], { provider: 'PIX_API' });
    }
    const path = A.paths.refund(target.endToEndId, id);
    try {
      // Not retried blindly: after a lost answer the refund is looked up by its id (one GET) before
      // anything is sent again, which also keeps the call within the mutation's cost estimate.
      const response = await this.http.put<PixApiRefundWire>(path, { json: refundRequestToWire(command.amountCents, command.reason), idempotent: false });
      return refundFromWire(response.body, target.endToEndId, command.txid);
    } catch (error) {
      // ASM-X07: the answer was lost, or the id is already used (an earlier attempt got through): read it back.
      const lost = error instanceof ProviderUnavailableError && error.requestSent;
      if (command.idempotency && (lost || error instanceof PixApiProblemError)) {
        const found = await this.readRefund(target.endToEndId, id).catch(() => undefined);
        if (found && centsFromWire(found.valor) === command.amountCents) return refundFromWire(found, target.endToEndId, command.txid);
      }
      throw withInputFields(error, REFUND_FIELDS);
    }
  }

  async getRefund(refundId: string): Promise<PixRefundRecord> {
    const parts = parseRefundProviderId(refundId);
    if (!parts) throw new ProviderNotFoundError('The PSP has no such refund.', { provider: 'PIX_API' });
    const pix = (await this.http.get<PixApiPixWire>(A.paths.pix(parts.e2eid))).body;
    const refund = (pix.devolucoes ?? []).find((item) => item.id === parts.id) ?? (await this.readRefund(parts.e2eid, parts.id));
    return refundFromWire(refund, parts.e2eid, pix.txid ?? '');
  }

  /** One `GET /cob/{txid}` per charge: its Pix carry their refunds. */
  async refundsOfCharges(charges: ChargeRef[]): Promise<Map<string, PixRefundRecord[]>> {
    const result = new Map<string, PixRefundRecord[]>();
    await Promise.all(
      charges.map(async ({ txid }) => {
        const cob = (await this.http.get<PixApiCobWire>(A.paths.cob(txid))).body;
        const refunds = (cob.pix ?? []).flatMap((item) => (item.devolucoes ?? []).map((refund) => refundFromWire(refund, item.endToEndId, txid)));
        result.set(txid, refunds);
      }),
    );
    return result;
  }

  private async readRefund(e2eid: string, id: string): Promise<PixApiRefundWire> {
    return (await this.http.get<PixApiRefundWire>(A.paths.refund(e2eid, id))).body;
  }
}

function findRefund(pix: readonly PixApiPixWire[], id: string): { pix: PixApiPixWire; refund: PixApiRefundWire } | undefined {
  for (const item of pix) {
    const refund = item.devolucoes?.find((candidate) => candidate.id === id);
    if (refund) return { pix: item, refund };
  }
  return undefined;
}

/** What is left to refund of one Pix: its value minus refunds that did not fail. */
function refundableCents(pix: PixApiPixWire): number {
  const taken = (pix.devolucoes ?? []).filter((refund) => refund.status !== A.refund.failed).reduce((sum, refund) => sum + centsFromWire(refund.valor), 0);
  return centsFromWire(pix.valor) - taken;
}

/** The charge's Pix and their refunds as the use case read them (`PixCharge.payments`, the refund records), in wire shape. */
function pixOfKnown(charge: PixChargeRecord, refunds: PixRefundRecord[]): PixApiPixWire[] {
  return (charge.payments ?? []).map((payment) => ({
    endToEndId: payment.endToEndId,
    valor: formatCents(payment.amount.amount),
    horario: payment.paidAt?.toISOString() ?? '',
    devolucoes: refunds
      .map((refund) => ({ refund, parts: parseRefundProviderId(refund.refundId) }))
      .filter(({ parts }) => parts?.e2eid === payment.endToEndId)
      .map(({ refund, parts }) => ({
        id: parts!.id,
        ...(refund.endToEndId ? { rtrId: refund.endToEndId } : {}),
        valor: formatCents(refund.amount.amount),
        status: refund.providerStatus ?? '',
        ...(refund.reason !== null ? { descricao: refund.reason } : {}),
        horario: { ...(refund.createdAt ? { solicitacao: refund.createdAt.toISOString() } : {}), ...(refund.refundedAt ? { liquidacao: refund.refundedAt.toISOString() } : {}) },
      })),
  }));
}
